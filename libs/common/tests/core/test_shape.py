"""The router shape check finds what it forbids, and nothing else."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from sg_common.testing.shape import router_violations

ROUTER = """
from sqlmodel import select

@router.get("/{item_id}")
async def get_item(item_id: int, session: SessionDep, request: Request, tree: OrgTreeDep):
    found = await ITEMS.get(session, item_id, scope)        # passed on: allowed
    rows = await session.exec(select(Item))                  # lines 7: both forbidden
    request.app.state.org_tree.require("DG")                 # line 8
    session.add(found)                                       # line 9
    return await service.list_items(session, tree=tree)      # allowed

@router.delete("/{item_id}")                                 # a route, not a query
async def delete_item(item_id: int, session: SessionDep):
    await sa.delete(Item)                                    # line 14
    await service.delete(session, item_id)                   # allowed
"""


def test_router_violations_names_each_forbidden_use_and_only_those(tmp_path: Path) -> None:
    package = tmp_path / "sample_svc"
    (package / "items").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "items" / "router.py").write_text(ROUTER)
    (package / "items" / "service.py").write_text("rows = await session.exec(select(Item))\n")
    module = ModuleType("sample_svc")
    module.__file__ = str(package / "__init__.py")
    assert router_violations(module) == [
        "sample_svc/items/router.py:7: uses session.exec: call the service or repository",
        "sample_svc/items/router.py:7: builds a query (select): the service or repository does",
        "sample_svc/items/router.py:8: reads app.state.org_tree: take OrgTreeDep (sg_common.deps)",
        "sample_svc/items/router.py:9: uses session.add: call the service or repository",
        "sample_svc/items/router.py:14: builds a query (delete): the service or repository does",
    ]


def test_the_mechanism_library_imports_no_contract() -> None:
    """sg_common carries events and knows none: the payload models are sg_contracts'."""
    import ast

    import sg_common

    root = Path(sg_common.__file__ or "").parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{path.relative_to(root)}: {n}" for n in names if n.startswith("sg_contracts")
            ]
    assert found == []
