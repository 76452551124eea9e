from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.designation_create import DesignationCreate
from ...models.designation_public import DesignationPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    body_code: str,
    *,
    body: DesignationCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/union-relations/bodies/{body_code}/designations".format(body_code=quote(str(body_code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DesignationPublic | Problem | None:
    if response.status_code == 201:
        response_201 = DesignationPublic.from_dict(response.json())



        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DesignationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    body_code: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[DesignationPublic | Problem]:
    """ A union designates an agent of the perimeter to an F3SCT seat

     **Roles:** `hr.manager` (every unit), `sg.admin`.

    Args:
        body_code (str):
        idempotency_key (str | Unset):
        body (DesignationCreate): A union designates an agent of the perimeter to one of its seats
            on an F3SCT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignationPublic | Problem]
     """


    kwargs = _get_kwargs(
        body_code=body_code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    body_code: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: str | Unset = UNSET,

) -> DesignationPublic | Problem | None:
    """ A union designates an agent of the perimeter to an F3SCT seat

     **Roles:** `hr.manager` (every unit), `sg.admin`.

    Args:
        body_code (str):
        idempotency_key (str | Unset):
        body (DesignationCreate): A union designates an agent of the perimeter to one of its seats
            on an F3SCT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignationPublic | Problem
     """


    return sync_detailed(
        body_code=body_code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    body_code: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[DesignationPublic | Problem]:
    """ A union designates an agent of the perimeter to an F3SCT seat

     **Roles:** `hr.manager` (every unit), `sg.admin`.

    Args:
        body_code (str):
        idempotency_key (str | Unset):
        body (DesignationCreate): A union designates an agent of the perimeter to one of its seats
            on an F3SCT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignationPublic | Problem]
     """


    kwargs = _get_kwargs(
        body_code=body_code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    body_code: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: str | Unset = UNSET,

) -> DesignationPublic | Problem | None:
    """ A union designates an agent of the perimeter to an F3SCT seat

     **Roles:** `hr.manager` (every unit), `sg.admin`.

    Args:
        body_code (str):
        idempotency_key (str | Unset):
        body (DesignationCreate): A union designates an agent of the perimeter to one of its seats
            on an F3SCT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignationPublic | Problem
     """


    return (await asyncio_detailed(
        body_code=body_code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
