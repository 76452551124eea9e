from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.availability import Availability
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast



def _get_kwargs(
    *,
    unit_code: str,
    fiscal_year: int,
    source: Literal['events'] | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["unit_code"] = unit_code

    params["fiscal_year"] = fiscal_year

    json_source: Literal['events'] | None | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/budget-availability",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Availability | Problem | None:
    if response.status_code == 200:
        response_200 = Availability.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Availability | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unit_code: str,
    fiscal_year: int,
    source: Literal['events'] | None | Unset = UNSET,

) -> Response[Availability | Problem]:
    """ AE available to a unit before ordering

     Budget's figures, asked through the generated budget client, less the orders still
    awaiting budget's commitment; from budget's events when budget cannot answer.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        source (Literal['events'] | None | Unset): `events`: only the figures kept from budget's
            events (what is shown when budget cannot answer), without asking budget — e.g. to
            reconcile them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Availability | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
fiscal_year=fiscal_year,
source=source,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    unit_code: str,
    fiscal_year: int,
    source: Literal['events'] | None | Unset = UNSET,

) -> Availability | Problem | None:
    """ AE available to a unit before ordering

     Budget's figures, asked through the generated budget client, less the orders still
    awaiting budget's commitment; from budget's events when budget cannot answer.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        source (Literal['events'] | None | Unset): `events`: only the figures kept from budget's
            events (what is shown when budget cannot answer), without asking budget — e.g. to
            reconcile them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Availability | Problem
     """


    return sync_detailed(
        client=client,
unit_code=unit_code,
fiscal_year=fiscal_year,
source=source,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unit_code: str,
    fiscal_year: int,
    source: Literal['events'] | None | Unset = UNSET,

) -> Response[Availability | Problem]:
    """ AE available to a unit before ordering

     Budget's figures, asked through the generated budget client, less the orders still
    awaiting budget's commitment; from budget's events when budget cannot answer.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        source (Literal['events'] | None | Unset): `events`: only the figures kept from budget's
            events (what is shown when budget cannot answer), without asking budget — e.g. to
            reconcile them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Availability | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
fiscal_year=fiscal_year,
source=source,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    unit_code: str,
    fiscal_year: int,
    source: Literal['events'] | None | Unset = UNSET,

) -> Availability | Problem | None:
    """ AE available to a unit before ordering

     Budget's figures, asked through the generated budget client, less the orders still
    awaiting budget's commitment; from budget's events when budget cannot answer.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `facilities.social` (own units and their
    sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        fiscal_year (int):
        source (Literal['events'] | None | Unset): `events`: only the figures kept from budget's
            events (what is shown when budget cannot answer), without asking budget — e.g. to
            reconcile them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Availability | Problem
     """


    return (await asyncio_detailed(
        client=client,
unit_code=unit_code,
fiscal_year=fiscal_year,
source=source,

    )).parsed
