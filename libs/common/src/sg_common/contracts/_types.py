"""Field types shared by the contracts: money as 2-place decimals serialised as strings."""

from decimal import Decimal
from typing import Annotated

from pydantic import Field, PlainSerializer

Money = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2),
    PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json"),
]
UnitCode = Annotated[str, Field(min_length=1, max_length=32)]
