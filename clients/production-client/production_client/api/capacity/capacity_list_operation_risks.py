from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.risk_colour import RiskColour
from ...models.risk_page import RiskPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    from_: str,
    to: str,
    colour: None | RiskColour | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_colour: None | str | Unset
    if isinstance(colour, Unset):
        json_colour = UNSET
    elif isinstance(colour, RiskColour):
        json_colour = colour.value
    else:
        json_colour = colour
    params["colour"] = json_colour

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
        "url": "/capacity/risk",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RiskPage | None:
    if response.status_code == 200:
        response_200 = RiskPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RiskPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    colour: None | RiskColour | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[Problem | RiskPage]:
    """ Capacity risk of the operations in scope, by month

     Scheduled operations active in the window: worst colour per month, with reasons.

    With `colour`, `total` is null: the colour is worked out page by page, not counted.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        colour (None | RiskColour | Unset): Keep operations of this colour.
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `code`,
            `lead_unit`, `name`, `scheduled_at`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskPage]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
colour=colour,
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
    from_: str,
    to: str,
    colour: None | RiskColour | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Problem | RiskPage | None:
    """ Capacity risk of the operations in scope, by month

     Scheduled operations active in the window: worst colour per month, with reasons.

    With `colour`, `total` is null: the colour is worked out page by page, not counted.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        colour (None | RiskColour | Unset): Keep operations of this colour.
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `code`,
            `lead_unit`, `name`, `scheduled_at`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskPage
     """


    return sync_detailed(
        client=client,
from_=from_,
to=to,
colour=colour,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    colour: None | RiskColour | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[Problem | RiskPage]:
    """ Capacity risk of the operations in scope, by month

     Scheduled operations active in the window: worst colour per month, with reasons.

    With `colour`, `total` is null: the colour is worked out page by page, not counted.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        colour (None | RiskColour | Unset): Keep operations of this colour.
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `code`,
            `lead_unit`, `name`, `scheduled_at`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskPage]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
colour=colour,
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
    from_: str,
    to: str,
    colour: None | RiskColour | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Problem | RiskPage | None:
    """ Capacity risk of the operations in scope, by month

     Scheduled operations active in the window: worst colour per month, with reasons.

    With `colour`, `total` is null: the colour is worked out page by page, not counted.

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        colour (None | RiskColour | Unset): Keep operations of this colour.
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `code`,
            `lead_unit`, `name`, `scheduled_at`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskPage
     """


    return (await asyncio_detailed(
        client=client,
from_=from_,
to=to,
colour=colour,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )).parsed
