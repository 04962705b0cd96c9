class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"not a number: {text!r}") from e

print(load("5"))
print(load("five"))
