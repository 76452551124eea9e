"""HTTP API of the staffing domain: posts, ETPT statements, ceilings and monthly reports."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from hr_svc.staffing import service
from hr_svc.staffing.models import Post
from hr_svc.staffing.schemas import (
    CeilingPublic,
    CeilingSet,
    EtptReportCreate,
    EtptReportPublic,
    EtptStatement,
    PostCreate,
    PostPage,
    PostPublic,
    PostUpdate,
)
from hr_svc.staffing.service import POSTS
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import NotFound, problem_responses

router = APIRouter(tags=["staffing"])

Year = Annotated[int, Path(ge=2000, le=2100)]


def _post_view(post: Post, holder: int | None) -> PostPublic:
    return PostPublic.model_validate(
        {**post.model_dump(), "filled": holder is not None, "holder_agent_id": holder}
    )


@router.post("/posts", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_post(
    body: PostCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _p: Caller
) -> PostPublic:
    post = await service.create_post(session, data=body, tree=tree, scope=scope)
    return _post_view(post, None)


POST_SORT = Sort(Post, "code", "unit_code", "title", "category", "opened_on", "closed_on")


@router.get("/posts", summary="Posts in scope, vacant or filled today")
async def list_posts(
    listing: Annotated[Listing, POST_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    unit_code: Annotated[Line | None, Query(max_length=32)] = None,
    vacant: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> PostPage:
    rows, next_cursor = await service.list_posts(
        session,
        scope,
        listing,
        unit_code=unit_code,
        vacant=vacant,
        day=today(),
        limit=limit,
        cursor=cursor,
    )
    holders = await service.holders(session, [p.id for p in rows if p.id is not None], today())
    items = [_post_view(p, holders.get(p.id or 0)) for p in rows]
    return PostPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/posts/{post_id}", responses=problem_responses(404))
async def get_post(
    post_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> PostPublic:
    post = await POSTS.get(session, post_id, scope)
    held = await service.holders(session, [post_id], today())
    set_etag(response, post.version)
    return _post_view(post, held.get(post_id))


@router.patch("/posts/{post_id}", responses=problem_responses(404, 409, 412, 428))
async def update_post(
    post_id: int,
    body: PostUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> PostPublic:
    post = await POSTS.get(session, post_id, scope)
    check_if_match(if_match, post.version)
    post = await service.update_post(session, post=post, data=body)
    held = await service.holders(session, [post_id], today())
    set_etag(response, post.version)
    return _post_view(post, held.get(post_id))


@router.get(
    "/etpt/{unit_code}/{year}",
    summary="ETPT per month and for the year, against the ceiling",
    # a unit outside the caller's scope answers 404 (scope.check(..., not_found=True))
    responses=problem_responses(404),
)
async def get_etpt_statement(
    unit_code: Line,
    year: Year,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _p: Caller,
    include_descendants: bool = True,
) -> EtptStatement:
    scope.check(unit_code, not_found=True, what="unit")
    if (
        tree.get(unit_code, date(year, 1, 1)) is None
        and tree.get(unit_code, date(year, 12, 31)) is None
    ):
        tree.require(unit_code, date(year, 12, 31))
    return await service.etpt_statement(
        session, tree=tree, unit_code=unit_code, year=year, descendants=include_descendants
    )


@router.get("/etpt/{unit_code}/{year}/ceiling", responses=problem_responses(404))
async def get_ceiling(
    unit_code: Line, year: Year, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> CeilingPublic:
    scope.check(unit_code, not_found=True, what="ceiling")
    row = await service.get_ceiling(session, unit_code, year)
    if row is None:
        raise NotFound(f"no ETPT ceiling for {unit_code} in {year}")
    set_etag(response, row.version)
    return CeilingPublic.model_validate(row)


@router.put(
    "/etpt/{unit_code}/{year}/ceiling",
    responses=problem_responses(412, 428),
    summary="Set the ETPT ceiling (plafond d'emplois); If-Match to revise",
)
async def set_ceiling(
    unit_code: Line,
    year: Year,
    body: CeilingSet,
    session: SessionDep,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> CeilingPublic:
    tree.require(unit_code, None)
    row = await service.set_ceiling(
        session,
        unit_code=unit_code,
        year=year,
        data=body,
        if_match=if_match,
        actor=principal.subject,
    )
    set_etag(response, row.version)
    return CeilingPublic.model_validate(row)


@router.post(
    "/etpt/reports",
    status_code=status.HTTP_201_CREATED,
    summary="Report a month's ETPT of a unit (etpt.reported)",
)
async def report_etpt(
    body: EtptReportCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> EtptReportPublic:
    tree.require(body.unit_code, None)
    scope.check(body.unit_code)
    report = await service.report_etpt(
        session,
        tree=tree,
        unit_code=body.unit_code,
        year=body.year,
        month=body.month,
        actor=principal.subject,
    )
    return EtptReportPublic.model_validate(report)
