from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.availability_public import AvailabilityPublic
from ...models.problem import Problem
from ...models.title import Title
from typing import cast



def _get_kwargs(
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: Title,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/availability/{unit_code}/{fiscal_year}/{action}/{title}".format(unit_code=quote(str(unit_code), safe=""),fiscal_year=quote(str(fiscal_year), safe=""),action=quote(str(action), safe=""),title=quote(str(title), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AvailabilityPublic | Problem | None:
    if response.status_code == 200:
        response_200 = AvailabilityPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AvailabilityPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: Title,
    *,
    client: AuthenticatedClient,

) -> Response[AvailabilityPublic | Problem]:
    """ How much AE and CP unit U can still use for action A, title T, year Y

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `facilities.service` (every unit), `hr.service` (every unit),
    `it.service` (every unit), `production.service` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        action (str):
        title (Title): LOLF budget titles (titres) of programme 220.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityPublic | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
fiscal_year=fiscal_year,
action=action,
title=title,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: Title,
    *,
    client: AuthenticatedClient,

) -> AvailabilityPublic | Problem | None:
    """ How much AE and CP unit U can still use for action A, title T, year Y

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `facilities.service` (every unit), `hr.service` (every unit),
    `it.service` (every unit), `production.service` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        action (str):
        title (Title): LOLF budget titles (titres) of programme 220.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityPublic | Problem
     """


    return sync_detailed(
        unit_code=unit_code,
fiscal_year=fiscal_year,
action=action,
title=title,
client=client,

    ).parsed

async def asyncio_detailed(
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: Title,
    *,
    client: AuthenticatedClient,

) -> Response[AvailabilityPublic | Problem]:
    """ How much AE and CP unit U can still use for action A, title T, year Y

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `facilities.service` (every unit), `hr.service` (every unit),
    `it.service` (every unit), `production.service` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        action (str):
        title (Title): LOLF budget titles (titres) of programme 220.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityPublic | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
fiscal_year=fiscal_year,
action=action,
title=title,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: Title,
    *,
    client: AuthenticatedClient,

) -> AvailabilityPublic | Problem | None:
    """ How much AE and CP unit U can still use for action A, title T, year Y

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `facilities.service` (every unit), `hr.service` (every unit),
    `it.service` (every unit), `production.service` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        action (str):
        title (Title): LOLF budget titles (titres) of programme 220.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityPublic | Problem
     """


    return (await asyncio_detailed(
        unit_code=unit_code,
fiscal_year=fiscal_year,
action=action,
title=title,
client=client,

    )).parsed
