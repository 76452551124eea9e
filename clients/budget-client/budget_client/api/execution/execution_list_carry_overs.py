from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.carry_over_public import CarryOverPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    from_year: int | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_year: int | None | Unset
    if isinstance(from_year, Unset):
        json_from_year = UNSET
    else:
        json_from_year = from_year
    params["from_year"] = json_from_year

    json_unit_code: None | str | Unset
    if isinstance(unit_code, Unset):
        json_unit_code = UNSET
    else:
        json_unit_code = unit_code
    params["unit_code"] = json_unit_code


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/execution/carry-overs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[CarryOverPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = CarryOverPublic.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[CarryOverPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,

) -> Response[Problem | list[CarryOverPublic]]:
    """ Carry-overs (reports) made by year-end closes

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        from_year (int | None | Unset):
        unit_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CarryOverPublic]]
     """


    kwargs = _get_kwargs(
        from_year=from_year,
unit_code=unit_code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,

) -> Problem | list[CarryOverPublic] | None:
    """ Carry-overs (reports) made by year-end closes

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        from_year (int | None | Unset):
        unit_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CarryOverPublic]
     """


    return sync_detailed(
        client=client,
from_year=from_year,
unit_code=unit_code,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,

) -> Response[Problem | list[CarryOverPublic]]:
    """ Carry-overs (reports) made by year-end closes

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        from_year (int | None | Unset):
        unit_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CarryOverPublic]]
     """


    kwargs = _get_kwargs(
        from_year=from_year,
unit_code=unit_code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,

) -> Problem | list[CarryOverPublic] | None:
    """ Carry-overs (reports) made by year-end closes

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        from_year (int | None | Unset):
        unit_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CarryOverPublic]
     """


    return (await asyncio_detailed(
        client=client,
from_year=from_year,
unit_code=unit_code,

    )).parsed
