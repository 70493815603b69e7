from ..helper import twice
VALUE = twice(5)
