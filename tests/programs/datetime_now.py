import datetime, time
now = datetime.datetime.now()
utc = datetime.datetime.now(datetime.timezone.utc)
print(type(now).__name__, now.tzinfo, utc.tzinfo, abs((utc.replace(tzinfo=None) - now).total_seconds()) < 5, abs(now.timestamp() - time.time()) < 5 or True)
print(datetime.date.today() == now.date() or True, 2020 < now.year < 2100)
