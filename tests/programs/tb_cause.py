class ConfigError(Exception):
    pass


def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port " + repr(text)) from e


print(read_port("80"))
print(read_port("eighty"))
