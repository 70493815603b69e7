# logging.config.dictConfig: formatters, filters, handlers (ext:// streams,
# memory targets), loggers, root, disabling existing loggers, errors.
import io
import logging
import logging.config
import logging.handlers
import sys

early = logging.getLogger('early')
early_child = logging.getLogger('app.child')

buf = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{name}|{message}', 'style': '{'},
    },
    'filters': {
        'only_app': {'name': 'app'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                    'stream': 'ext://sys.stdout', 'level': 'INFO'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10,
                'target': 'console'},
        'filtered': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                     'stream': 'ext://sys.stdout', 'filters': ['only_app']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['filtered'], 'propagate': True},
        'quiet': {'level': 'ERROR', 'propagate': False, 'handlers': ['console']},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
})
app = logging.getLogger('app')
app.debug('debug reaches filtered only')
app.info('info both')
logging.getLogger('app.db').warning('child warning')
logging.getLogger('quiet').warning('dropped')
logging.getLogger('quiet').error('quiet error')
logging.warning('root warning')
early.error('early is disabled')
early_child.error('children of configured loggers stay enabled')
print(early.disabled, early_child.disabled, app.level, logging.root.level,
      [type(h).__name__ for h in logging.root.handlers], logging.root.handlers[0].name)
mem = logging._handlers['mem']
print(type(mem).__name__, mem.target is logging._handlers['console'], mem.capacity)

logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'root': {'level': 'DEBUG'}})
print(app.disabled, app.level, logging.root.level, logging.root.handlers == [])
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'root': {'level': 'INFO'}})
print(logging.root.level)

for bad in ({}, {'version': 2},
            {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                              'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'validate': True}}}):
    try:
        logging.config.dictConfig(bad)
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, '<-', type(e.__cause__).__name__)
