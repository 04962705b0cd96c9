config = {"host": "localhost", "port": 8080}
print(config["host"])
port = config[ "port" ] + config["timeout"]
