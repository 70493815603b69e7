# except* compile-time errors: break/continue/return leaving a clause, a
# clause without types, except mixed with except*.
srcs = [
 "try:\n    pass\nexcept* ValueError:\n    break\n",
 "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            break\n        return\n",
 "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        continue\n",
 "try:\n    pass\nexcept*:\n    pass\n",
 "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
 "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
 "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nfinally:\n    pass\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    finally:\n        return 2\n",
 "def f():\n    while True:\n        try:\n            pass\n        except* ValueError:\n            def g():\n                return 3\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec"); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
