import datetime as d
print(repr(d.timedelta(days=1, seconds=3600)), repr(d.timedelta(0)), repr(d.timedelta(microseconds=-1)), str(d.timedelta(microseconds=-1)), str(d.timedelta(days=-2, hours=3)), str(d.timedelta(days=2, microseconds=5)))
print(repr(d.timezone.utc), repr(d.timezone(d.timedelta(hours=1))), repr(d.timezone(d.timedelta(hours=-5, minutes=-30), 'X')), str(d.timezone(d.timedelta(hours=-5, minutes=-30))), str(d.timezone.utc))
print(repr(d.datetime(2024, 1, 5, 12, 30, tzinfo=d.timezone.utc)), str(d.datetime(2024, 1, 5, 12, 30, 0, 5, tzinfo=d.timezone(d.timedelta(hours=2)))))
print(repr(d.time(12, 30)), repr(d.time(0)), repr(d.time(1,2,3,4)), str(d.time(1, 2, 3, 4)))
print(d.date(2024,1,5).isocalendar(), d.date(2024,1,5).ctime())
print(d.timedelta(seconds=1.5) * 1.1, d.timedelta(days=1) / 3, d.timedelta(hours=1) / d.timedelta(minutes=7), d.timedelta(0.1), repr(d.timedelta(weeks=1, milliseconds=1.5)))
for f in ['%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %G %u %V %Q %e']:
    print(d.datetime(2024, 3, 7, 15, 4, 5, 6007).strftime(f))
    print(d.datetime(2024, 3, 7, 15, 4, 5, 6007, tzinfo=d.timezone(d.timedelta(hours=-3))).strftime(f))
