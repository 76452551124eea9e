"""Request dependencies shared by every service: the transaction, settings, the org tree.

``SessionDep`` owns the request's transaction: it commits when the endpoint returns and rolls
back when it raises, **before** the response is sent (``scope="function"``), so a client never
sees a success for a write that failed to commit. Safe methods get a read session in autocommit
(``Database.transaction(write=False)``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.db import Database
from sg_common.org import OrgTree
from sg_common.settings import ServiceSettings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


def get_settings(request: Request) -> ServiceSettings:
    settings: ServiceSettings = request.app.state.settings
    return settings


def get_org_tree(request: Request) -> OrgTree:
    """The org hierarchy the app was built with (``create_app(org_tree=...)``)."""
    tree: OrgTree = request.app.state.org_tree
    return tree


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: commit on success, roll back on error."""
    db = get_database(request)
    async with db.transaction(write=request.method not in SAFE_METHODS) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[ServiceSettings, Depends(get_settings)]
OrgTreeDep = Annotated[OrgTree, Depends(get_org_tree)]
