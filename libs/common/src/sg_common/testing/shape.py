"""The shape every service keeps, checked on its source: routers never touch the session.

A router reads the request and shapes the response; the queries and the writes are its service's
and its repository's (``sg_common.repository``). So in a service's router modules (``router.py``,
or any module under a ``routers`` package):

* no method or attribute of the session is used (``session.exec``, ``session.add``,
  ``session.flush``…): the session is only passed on, to a service or a repository;
* no query is built (``select``, ``insert``, ``update``, ``delete``, ``text``, ``paginate``);
* the org tree comes from its typed dependency (``OrgTreeDep``), not ``request.app.state``.

Each service has one test::

    def test_routers_never_touch_the_session() -> None:
        assert router_violations(budget_svc) == []
"""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

#: Names whose call builds or runs a query.
QUERY_BUILDERS = frozenset({"select", "insert", "update", "delete", "text", "paginate"})
#: The modules those may be called from (``sa.select``).
QUERY_MODULES = frozenset({"sa", "sqlalchemy", "sqlmodel"})
#: The names a router's session goes by.
SESSION_NAMES = frozenset({"session", "db_session"})


def _router_modules(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*.py")
        if path.name == "router.py" or path.stem.endswith("_router") or "routers" in path.parts
    )


def _dotted(node: ast.expr) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


class _Checker(ast.NodeVisitor):
    def __init__(self, where: str) -> None:
        self.where = where
        self.found: list[str] = []

    def _say(self, node: ast.AST, what: str) -> None:
        self.found.append(f"{self.where}:{getattr(node, 'lineno', 0)}: {what}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and node.value.id in SESSION_NAMES:
            self._say(node, f"uses {node.value.id}.{node.attr}: call the service or repository")
        elif _dotted(node).endswith("app.state.org_tree"):
            self._say(node, "reads app.state.org_tree: take OrgTreeDep (sg_common.deps)")
            return
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        # select(...), sa.select(...), sqlalchemy.delete(...); not router.delete(...), a route
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else func.attr
            if isinstance(func, ast.Attribute) and _dotted(func.value) in QUERY_MODULES
            else ""
        )
        if name in QUERY_BUILDERS:
            self._say(node, f"builds a query ({name}): the service or repository does")
        self.generic_visit(node)


def router_violations(package: ModuleType) -> list[str]:
    """Every place a router module of ``package`` touches the session, builds a query or reads
    the org tree from the app's state, as ``path:line: what``."""
    root = Path(package.__file__ or "").parent
    found: list[str] = []
    for path in _router_modules(root):
        checker = _Checker(str(path.relative_to(root.parent)))
        checker.visit(ast.parse(path.read_text(), filename=str(path)))
        found += checker.found
    return found
