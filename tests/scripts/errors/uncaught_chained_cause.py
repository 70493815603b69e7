# raise ... from ...: "The above exception was the direct cause of the following exception".
def load(config, key):
    try:
        return config[key]
    except KeyError as err:
        raise LookupError(f"missing setting {key}") from err
config = {"name": "gilpy"}
print(load(config, "name"))
load(config, "version")
