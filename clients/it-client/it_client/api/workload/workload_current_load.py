from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.load_line import LoadLine
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    first_month: str,
    last_month: str,
    centre_code: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["first_month"] = first_month

    params["last_month"] = last_month

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workload/load",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[LoadLine] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = LoadLine.from_dict(response_200_item_data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[LoadLine]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    first_month: str,
    last_month: str,
    centre_code: None | str | Unset = UNSET,

) -> Response[Problem | list[LoadLine]]:
    """ Capacity, demand and load now

     The load computed from today's data, without creating a plan version.

    **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        first_month (str):
        last_month (str):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[LoadLine]]
     """


    kwargs = _get_kwargs(
        first_month=first_month,
last_month=last_month,
centre_code=centre_code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    first_month: str,
    last_month: str,
    centre_code: None | str | Unset = UNSET,

) -> Problem | list[LoadLine] | None:
    """ Capacity, demand and load now

     The load computed from today's data, without creating a plan version.

    **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        first_month (str):
        last_month (str):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[LoadLine]
     """


    return sync_detailed(
        client=client,
first_month=first_month,
last_month=last_month,
centre_code=centre_code,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    first_month: str,
    last_month: str,
    centre_code: None | str | Unset = UNSET,

) -> Response[Problem | list[LoadLine]]:
    """ Capacity, demand and load now

     The load computed from today's data, without creating a plan version.

    **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        first_month (str):
        last_month (str):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[LoadLine]]
     """


    kwargs = _get_kwargs(
        first_month=first_month,
last_month=last_month,
centre_code=centre_code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    first_month: str,
    last_month: str,
    centre_code: None | str | Unset = UNSET,

) -> Problem | list[LoadLine] | None:
    """ Capacity, demand and load now

     The load computed from today's data, without creating a plan version.

    **Roles:** `it.manager` (every unit), `it.planner` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        first_month (str):
        last_month (str):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[LoadLine]
     """


    return (await asyncio_detailed(
        client=client,
first_month=first_month,
last_month=last_month,
centre_code=centre_code,

    )).parsed
