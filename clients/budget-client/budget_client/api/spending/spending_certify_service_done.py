from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_done_create import ServiceDoneCreate
from ...models.service_done_public import ServiceDonePublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    commitment_id: int,
    *,
    body: ServiceDoneCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commitments/{commitment_id}/service-done".format(commitment_id=quote(str(commitment_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ServiceDonePublic | None:
    if response.status_code == 201:
        response_201 = ServiceDonePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ServiceDonePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: ServiceDoneCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | ServiceDonePublic]:
    """ Certify service fait on a commitment (full or partial, by amount)

     An ordonnateur's act: a budget.manager, the unit's budget.officer, or a delegate of one (a
    délégation de signature for `budget.certify_service_fait` on the unit, in force on `certified_on`
    and today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        commitment_id (int):
        idempotency_key (str | Unset):
        body (ServiceDoneCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDonePublic]
     """


    kwargs = _get_kwargs(
        commitment_id=commitment_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: ServiceDoneCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | ServiceDonePublic | None:
    """ Certify service fait on a commitment (full or partial, by amount)

     An ordonnateur's act: a budget.manager, the unit's budget.officer, or a delegate of one (a
    délégation de signature for `budget.certify_service_fait` on the unit, in force on `certified_on`
    and today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        commitment_id (int):
        idempotency_key (str | Unset):
        body (ServiceDoneCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDonePublic
     """


    return sync_detailed(
        commitment_id=commitment_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: ServiceDoneCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | ServiceDonePublic]:
    """ Certify service fait on a commitment (full or partial, by amount)

     An ordonnateur's act: a budget.manager, the unit's budget.officer, or a delegate of one (a
    délégation de signature for `budget.certify_service_fait` on the unit, in force on `certified_on`
    and today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        commitment_id (int):
        idempotency_key (str | Unset):
        body (ServiceDoneCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDonePublic]
     """


    kwargs = _get_kwargs(
        commitment_id=commitment_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    commitment_id: int,
    *,
    client: AuthenticatedClient,
    body: ServiceDoneCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | ServiceDonePublic | None:
    """ Certify service fait on a commitment (full or partial, by amount)

     An ordonnateur's act: a budget.manager, the unit's budget.officer, or a delegate of one (a
    délégation de signature for `budget.certify_service_fait` on the unit, in force on `certified_on`
    and today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        commitment_id (int):
        idempotency_key (str | Unset):
        body (ServiceDoneCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDonePublic
     """


    return (await asyncio_detailed(
        commitment_id=commitment_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
