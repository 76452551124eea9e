from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.budget_status import BudgetStatus
from ...models.problem import Problem
from ...models.session_page import SessionPage
from ...models.session_status import SessionStatus
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    course_id: int | None | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    budget_status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_course_id: int | None | Unset
    if isinstance(course_id, Unset):
        json_course_id = UNSET
    else:
        json_course_id = course_id
    params["course_id"] = json_course_id

    json_from_date: None | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    elif isinstance(from_date, datetime.date):
        json_from_date = from_date.isoformat()
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SessionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_budget_status: None | str | Unset
    if isinstance(budget_status, Unset):
        json_budget_status = UNSET
    elif isinstance(budget_status, BudgetStatus):
        json_budget_status = budget_status.value
    else:
        json_budget_status = budget_status
    params["budget_status"] = json_budget_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params["count"] = count


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/training/sessions",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SessionPage | None:
    if response.status_code == 200:
        response_200 = SessionPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SessionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    course_id: int | None | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    budget_status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[Problem | SessionPage]:
    """ Sessions organised by units in scope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        course_id (int | None | Unset):
        from_date (datetime.date | None | Unset):
        status (None | SessionStatus | Unset):
        budget_status (BudgetStatus | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `capacity`,
            `end_date`, `place`, `start_date`, `status`, `unit_code`; `-` before a field sorts it
            descending (`-a,b`). The list's default order breaks ties (its id last), so paging is
            exact; NULLs come after every value (first when descending). Without it, the list's
            default order. A cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SessionPage]
     """


    kwargs = _get_kwargs(
        course_id=course_id,
from_date=from_date,
status=status,
budget_status=budget_status,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    course_id: int | None | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    budget_status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Problem | SessionPage | None:
    """ Sessions organised by units in scope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        course_id (int | None | Unset):
        from_date (datetime.date | None | Unset):
        status (None | SessionStatus | Unset):
        budget_status (BudgetStatus | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `capacity`,
            `end_date`, `place`, `start_date`, `status`, `unit_code`; `-` before a field sorts it
            descending (`-a,b`). The list's default order breaks ties (its id last), so paging is
            exact; NULLs come after every value (first when descending). Without it, the list's
            default order. A cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SessionPage
     """


    return sync_detailed(
        client=client,
course_id=course_id,
from_date=from_date,
status=status,
budget_status=budget_status,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    course_id: int | None | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    budget_status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[Problem | SessionPage]:
    """ Sessions organised by units in scope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        course_id (int | None | Unset):
        from_date (datetime.date | None | Unset):
        status (None | SessionStatus | Unset):
        budget_status (BudgetStatus | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `capacity`,
            `end_date`, `place`, `start_date`, `status`, `unit_code`; `-` before a field sorts it
            descending (`-a,b`). The list's default order breaks ties (its id last), so paging is
            exact; NULLs come after every value (first when descending). Without it, the list's
            default order. A cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SessionPage]
     """


    kwargs = _get_kwargs(
        course_id=course_id,
from_date=from_date,
status=status,
budget_status=budget_status,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    course_id: int | None | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    budget_status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Problem | SessionPage | None:
    """ Sessions organised by units in scope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        course_id (int | None | Unset):
        from_date (datetime.date | None | Unset):
        status (None | SessionStatus | Unset):
        budget_status (BudgetStatus | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `capacity`,
            `end_date`, `place`, `start_date`, `status`, `unit_code`; `-` before a field sorts it
            descending (`-a,b`). The list's default order breaks ties (its id last), so paging is
            exact; NULLs come after every value (first when descending). Without it, the list's
            default order. A cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SessionPage
     """


    return (await asyncio_detailed(
        client=client,
course_id=course_id,
from_date=from_date,
status=status,
budget_status=budget_status,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )).parsed
