from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.cost_axis import CostAxis
from ...models.cost_row import CostRow
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    fiscal_year: int,
    group_by: list[CostAxis] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["fiscal_year"] = fiscal_year

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item = group_by_item_data.value
            json_group_by.append(group_by_item)


    params["group_by"] = json_group_by


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management-control/costs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[CostRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = CostRow.from_dict(response_200_item_data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[CostRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[CostAxis] | Unset = UNSET,

) -> Response[Problem | list[CostRow]]:
    """ Costs (charges booked) per unit / activity / statistical operation

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[CostAxis] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CostRow]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
group_by=group_by,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[CostAxis] | Unset = UNSET,

) -> Problem | list[CostRow] | None:
    """ Costs (charges booked) per unit / activity / statistical operation

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[CostAxis] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CostRow]
     """


    return sync_detailed(
        client=client,
fiscal_year=fiscal_year,
group_by=group_by,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[CostAxis] | Unset = UNSET,

) -> Response[Problem | list[CostRow]]:
    """ Costs (charges booked) per unit / activity / statistical operation

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[CostAxis] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CostRow]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
group_by=group_by,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[CostAxis] | Unset = UNSET,

) -> Problem | list[CostRow] | None:
    """ Costs (charges booked) per unit / activity / statistical operation

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[CostAxis] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CostRow]
     """


    return (await asyncio_detailed(
        client=client,
fiscal_year=fiscal_year,
group_by=group_by,

    )).parsed
