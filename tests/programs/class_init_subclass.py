# __init_subclass__: the nearest base's hook runs for each new subclass,
# as an implicit class method.
registry = []


class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()


class Alpha(Plugin):
    pass


class Beta(Alpha):
    pass


print(registry, Alpha.tag, Beta.tag, 'tag' in Plugin.__dict__)


class Base:
    def __init_subclass__(cls):
        super().__init_subclass__()
        print("Base hook for", cls.__name__)


class Middle(Base):
    def __init_subclass__(cls):
        print("Middle hook for", cls.__name__)
        super().__init_subclass__()


class Leaf(Middle):
    pass


class Checked:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + " must define 'required'")


class Good(Checked):
    required = 1


try:
    class Bad(Checked):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good.required)
