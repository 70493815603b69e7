"""contextvars: context variables (PEP 567), values that follow the flow of
execution (each asyncio task and each thread sees its own).  The classes
are C types of _contextvars (stdlib/contextvars.c)."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
