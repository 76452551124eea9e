from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.standard_public import StandardPublic
from typing import cast



def _get_kwargs(
    standard_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/policy/standards/{standard_id}".format(standard_id=quote(str(standard_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StandardPublic | None:
    if response.status_code == 200:
        response_200 = StandardPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | StandardPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    standard_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | StandardPublic]:
    """ Get Standard

     **Roles:** `it.manager` (every unit), `it.technician` (every unit), `it.planner` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        standard_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StandardPublic]
     """


    kwargs = _get_kwargs(
        standard_id=standard_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    standard_id: int,
    *,
    client: AuthenticatedClient,

) -> Problem | StandardPublic | None:
    """ Get Standard

     **Roles:** `it.manager` (every unit), `it.technician` (every unit), `it.planner` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        standard_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StandardPublic
     """


    return sync_detailed(
        standard_id=standard_id,
client=client,

    ).parsed

async def asyncio_detailed(
    standard_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | StandardPublic]:
    """ Get Standard

     **Roles:** `it.manager` (every unit), `it.technician` (every unit), `it.planner` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        standard_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StandardPublic]
     """


    kwargs = _get_kwargs(
        standard_id=standard_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    standard_id: int,
    *,
    client: AuthenticatedClient,

) -> Problem | StandardPublic | None:
    """ Get Standard

     **Roles:** `it.manager` (every unit), `it.technician` (every unit), `it.planner` (every unit),
    `sg.admin`, `sg.auditor`.

    Args:
        standard_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StandardPublic
     """


    return (await asyncio_detailed(
        standard_id=standard_id,
client=client,

    )).parsed
