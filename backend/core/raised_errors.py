"""Which of our errors a route can answer, read from the code it runs.

The handler and every function of ours it calls (module functions, and methods reached through a
module-level object such as a policy) are parsed once; each error class they raise or build
counts. The contract then lists what the code can actually give, and cannot fall behind it when a
service learns a new refusal. What a call through a local object reaches is not followed: those
are data classes and the database session, which raise none of ours.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import textwrap
from collections.abc import Callable
from functools import cache
from types import FunctionType, MethodType, ModuleType
from typing import Any

from backend.core.errors import AppError

_OURS = "backend."


def _is_ours(target: Any) -> bool:
    return getattr(target, "__module__", "").startswith(_OURS) or getattr(
        target, "__name__", ""
    ).startswith(_OURS)


def _resolve(node: ast.expr, scope: dict[str, Any]) -> Any:
    """The object an expression names, where a module-level name or attribute chain gives it."""
    if isinstance(node, ast.Name):
        return scope.get(node.id, getattr(builtins, node.id, None))
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, scope)
        if owner is None or not (isinstance(owner, ModuleType) or _is_ours(type(owner))):
            return None
        return getattr(owner, node.attr, None)
    return None


def _function_of(target: Any) -> FunctionType | None:
    if isinstance(target, MethodType):
        target = target.__func__
    target = inspect.unwrap(target) if callable(target) else target
    if isinstance(target, FunctionType) and _is_ours(target):
        return target
    return None


def _is_error_class(target: Any) -> bool:
    return isinstance(target, type) and issubclass(target, AppError)


@cache
def _direct(function: FunctionType) -> tuple[frozenset[type[AppError]], tuple[FunctionType, ...]]:
    """The errors a function names itself, and the functions of ours it calls."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return frozenset(), ()
    scope = function.__globals__
    errors: set[type[AppError]] = set()
    callees: list[FunctionType] = []
    for node in ast.walk(tree):
        named: ast.expr | None = None
        if isinstance(node, ast.Call):
            named = node.func
        elif isinstance(node, ast.Raise) and node.exc is not None:
            named = node.exc
        if named is None:
            continue
        target = _resolve(named, scope)
        if _is_error_class(target):
            errors.add(target)
        elif (callee := _function_of(target)) is not None and callee is not function:
            callees.append(callee)
    return frozenset(errors), tuple(callees)


def raised_by(function: Callable[..., Any]) -> frozenset[type[AppError]]:
    """Every error class the function, or anything of ours it calls, raises or builds."""
    start = _function_of(function)
    if start is None:
        return frozenset()
    found: set[type[AppError]] = set()
    seen = {start}
    pending = [start]
    while pending:
        errors, callees = _direct(pending.pop())
        found |= errors
        for callee in callees:
            if callee not in seen:
                seen.add(callee)
                pending.append(callee)
    return frozenset(found)
