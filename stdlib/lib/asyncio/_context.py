"""asyncio._context: where the package takes copy_context from."""

from contextvars import copy_context
