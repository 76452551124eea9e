from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.allocation_page import AllocationPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

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
        "url": "/staff-allocations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AllocationPage | Problem | None:
    if response.status_code == 200:
        response_200 = AllocationPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AllocationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[AllocationPage | Problem]:
    """ Allocations of IT staff

     **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        agent_id (None | str | Unset):
        month (None | str | Unset):
        centre_code (None | str | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `agent_id`,
            `centre_code`, `month`, `project`, `share`; `-` before a field sorts it descending
            (`-a,b`). The list's default order breaks ties (its id last), so paging is exact; NULLs
            come after every value (first when descending). Without it, the list's default order. A
            cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationPage | Problem]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,
month=month,
centre_code=centre_code,
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
    agent_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> AllocationPage | Problem | None:
    """ Allocations of IT staff

     **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        agent_id (None | str | Unset):
        month (None | str | Unset):
        centre_code (None | str | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `agent_id`,
            `centre_code`, `month`, `project`, `share`; `-` before a field sorts it descending
            (`-a,b`). The list's default order breaks ties (its id last), so paging is exact; NULLs
            come after every value (first when descending). Without it, the list's default order. A
            cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationPage | Problem
     """


    return sync_detailed(
        client=client,
agent_id=agent_id,
month=month,
centre_code=centre_code,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[AllocationPage | Problem]:
    """ Allocations of IT staff

     **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        agent_id (None | str | Unset):
        month (None | str | Unset):
        centre_code (None | str | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `agent_id`,
            `centre_code`, `month`, `project`, `share`; `-` before a field sorts it descending
            (`-a,b`). The list's default order breaks ties (its id last), so paging is exact; NULLs
            come after every value (first when descending). Without it, the list's default order. A
            cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationPage | Problem]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,
month=month,
centre_code=centre_code,
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
    agent_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> AllocationPage | Problem | None:
    """ Allocations of IT staff

     **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        agent_id (None | str | Unset):
        month (None | str | Unset):
        centre_code (None | str | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `agent_id`,
            `centre_code`, `month`, `project`, `share`; `-` before a field sorts it descending
            (`-a,b`). The list's default order breaks ties (its id last), so paging is exact; NULLs
            come after every value (first when descending). Without it, the list's default order. A
            cursor belongs to the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
agent_id=agent_id,
month=month,
centre_code=centre_code,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )).parsed
