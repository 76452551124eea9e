from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.occupancy_report import OccupancyReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    site_id: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_site_id: int | None | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/occupancy",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OccupancyReport | Problem | None:
    if response.status_code == 200:
        response_200 = OccupancyReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OccupancyReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,

) -> Response[OccupancyReport | Problem]:
    """ m² SUN per workstation against the State's standard

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        site_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccupancyReport | Problem]
     """


    kwargs = _get_kwargs(
        site_id=site_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,

) -> OccupancyReport | Problem | None:
    """ m² SUN per workstation against the State's standard

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        site_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccupancyReport | Problem
     """


    return sync_detailed(
        client=client,
site_id=site_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,

) -> Response[OccupancyReport | Problem]:
    """ m² SUN per workstation against the State's standard

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        site_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccupancyReport | Problem]
     """


    kwargs = _get_kwargs(
        site_id=site_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,

) -> OccupancyReport | Problem | None:
    """ m² SUN per workstation against the State's standard

     **Roles:** `facilities.manager` (every unit), `facilities.buyer` (own units and their sub-units),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        site_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccupancyReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
site_id=site_id,

    )).parsed
