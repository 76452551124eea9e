from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.cost_public import CostPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    building_id: int,
    *,
    year: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/buildings/{building_id}/costs".format(building_id=quote(str(building_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[CostPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = CostPublic.from_dict(response_200_item_data)



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[CostPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    building_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Response[Problem | list[CostPublic]]:
    """ List Costs

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        building_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CostPublic]]
     """


    kwargs = _get_kwargs(
        building_id=building_id,
year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    building_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Problem | list[CostPublic] | None:
    """ List Costs

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        building_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CostPublic]
     """


    return sync_detailed(
        building_id=building_id,
client=client,
year=year,

    ).parsed

async def asyncio_detailed(
    building_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Response[Problem | list[CostPublic]]:
    """ List Costs

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        building_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CostPublic]]
     """


    kwargs = _get_kwargs(
        building_id=building_id,
year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    building_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Problem | list[CostPublic] | None:
    """ List Costs

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        building_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CostPublic]
     """


    return (await asyncio_detailed(
        building_id=building_id,
client=client,
year=year,

    )).parsed
