"""The two baselines of the HTTP benchmark, served like the services (same uvicorn settings).

    python bench/http/baselines.py b0 --port 8000
    python bench/http/baselines.py b1 --port 8001 --database-url sqlite+aiosqlite:///b1.db

* **B0**: bare FastAPI answering a commitment-shaped JSON object from memory (the ceiling of the
  framework on this machine);
* **B1**: bare FastAPI + SQLAlchemy async + the same driver as the service, a get-by-id of a
  row of the same shape through an ORM session per request, answered through a Pydantic model
  (what a naive app does). ``GET /items`` answers a page of 50 the same way.

No authentication, no middleware, no events: the distance between these and a service is what
the service's own machinery costs.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from decimal import Decimal

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Numeric, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROWS = 1000


class Item(BaseModel):
    """The shape of budget's ``CommitmentPublic``."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    fiscal_year: int
    action: str
    sub_action: str | None
    title: str
    purchase_order_id: str | None
    supplier: str | None
    description: str
    source: str
    status: str
    initial_ae: Decimal
    ae: Decimal
    created_by: str
    by_delegation_of: str | None
    delegation_id: str | None
    created_at: datetime
    version: int


def row(i: int) -> dict[str, object]:
    return {
        "id": i,
        "unit_code": "DR-BRE",
        "fiscal_year": 2026,
        "action": "08",
        "sub_action": None,
        "title": "T3",
        "purchase_order_id": None,
        "supplier": "Imprimerie de l'Ouest",
        "description": "Marché de mise sous pli de l'enquête logement",
        "source": "direct",
        "status": "active",
        "initial_ae": Decimal("12500.00"),
        "ae": Decimal("12500.00"),
        "created_by": "bench-officer",
        "by_delegation_of": None,
        "delegation_id": None,
        "created_at": datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        "version": 1,
    }


def b0() -> FastAPI:
    app = FastAPI()
    items = {i: Item.model_validate(row(i)) for i in range(1, ROWS + 1)}

    @app.get("/items/{item_id}")
    async def get_item(item_id: int) -> Item:
        found = items.get(item_id)
        if found is None:
            raise HTTPException(404)
        return found

    return app


class Base(DeclarativeBase):
    pass


class ItemRow(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    fiscal_year: Mapped[int]
    action: Mapped[str] = mapped_column(String(8))
    sub_action: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(4))
    purchase_order_id: Mapped[str | None] = mapped_column(String(64))
    supplier: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    initial_ae: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    ae: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    created_by: Mapped[str] = mapped_column(String(255))
    by_delegation_of: Mapped[str | None] = mapped_column(String(100))
    delegation_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    version: Mapped[int]


def b1(database_url: str) -> FastAPI:
    # the services' pool (SG_DB_POOL_SIZE=10, as many again in overflow): with SQLAlchemy's
    # default (5 + 10) a naive app on PostgreSQL reconnects for most of 16 concurrent requests
    engine = create_async_engine(database_url, pool_size=10, max_overflow=10)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.drop_all)
            await conn.run_sync(Base.metadata.create_all)
        async with sessions() as session, session.begin():
            session.add_all(ItemRow(**row(i)) for i in range(1, ROWS + 1))
        yield
        await engine.dispose()

    app = FastAPI(lifespan=lifespan)

    @app.get("/items/{item_id}")
    async def get_item(item_id: int) -> Item:
        session: AsyncSession
        async with sessions() as session:
            found = await session.get(ItemRow, item_id)
        if found is None:
            raise HTTPException(404)
        return Item.model_validate(found)

    @app.get("/items")
    async def list_items(unit_code: str = "DR-BRE", limit: int = 50) -> list[Item]:
        async with sessions() as session:
            rows = await session.scalars(
                select(ItemRow)
                .where(ItemRow.unit_code == unit_code)
                .order_by(ItemRow.id)
                .limit(limit)
            )
            return [Item.model_validate(r) for r in rows]

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("which", choices=["b0", "b1"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database-url", default="sqlite+aiosqlite:///:memory:")
    args = parser.parse_args()
    app = b0() if args.which == "b0" else b1(args.database_url)
    gc.collect()
    gc.freeze()  # as sg-service does after start-up
    # the services' uvicorn settings (sg_common.serve)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        log_config=None,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main()
