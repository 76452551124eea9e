from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.year_progress import YearProgress
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    start_year: int,
    owner_unit: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["start_year"] = start_year

    json_owner_unit: None | str | Unset
    if isinstance(owner_unit, Unset):
        json_owner_unit = UNSET
    else:
        json_owner_unit = owner_unit
    params["owner_unit"] = json_owner_unit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/work-programme/progress",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[YearProgress] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = YearProgress.from_dict(response_200_item_data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[YearProgress]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_year: int,
    owner_unit: None | str | Unset = UNSET,

) -> Response[Problem | list[YearProgress]]:
    """ Triennial execution: per year, credits, planned vs done and % progress

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        start_year (int):
        owner_unit (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[YearProgress]]
     """


    kwargs = _get_kwargs(
        start_year=start_year,
owner_unit=owner_unit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    start_year: int,
    owner_unit: None | str | Unset = UNSET,

) -> Problem | list[YearProgress] | None:
    """ Triennial execution: per year, credits, planned vs done and % progress

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        start_year (int):
        owner_unit (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[YearProgress]
     """


    return sync_detailed(
        client=client,
start_year=start_year,
owner_unit=owner_unit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_year: int,
    owner_unit: None | str | Unset = UNSET,

) -> Response[Problem | list[YearProgress]]:
    """ Triennial execution: per year, credits, planned vs done and % progress

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        start_year (int):
        owner_unit (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[YearProgress]]
     """


    kwargs = _get_kwargs(
        start_year=start_year,
owner_unit=owner_unit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    start_year: int,
    owner_unit: None | str | Unset = UNSET,

) -> Problem | list[YearProgress] | None:
    """ Triennial execution: per year, credits, planned vs done and % progress

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        start_year (int):
        owner_unit (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[YearProgress]
     """


    return (await asyncio_detailed(
        client=client,
start_year=start_year,
owner_unit=owner_unit,

    )).parsed
