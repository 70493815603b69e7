# util: helpers the course's asyncio examples import (delay, async_timed).
from .delay_function import delay
from .async_timer import async_timed
