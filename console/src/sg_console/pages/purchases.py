"""Purchases pages (journey 4: requester and buyer)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/achats")
