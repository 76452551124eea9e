from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invoice_public import InvoicePublic
from ...models.payment_request import PaymentRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    invoice_id: int,
    *,
    body: PaymentRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/payment-request".format(invoice_id=quote(str(invoice_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoicePublic | Problem | None:
    if response.status_code == 200:
        response_200 = InvoicePublic.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoicePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[InvoicePublic | Problem]:
    """ Ordonnateur's payment request: the invoice becomes 'to pay'

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.request_payment` on the unit, in force today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        invoice_id (int):
        if_match (str):
        idempotency_key (str | Unset):
        body (PaymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoicePublic | Problem]
     """


    kwargs = _get_kwargs(
        invoice_id=invoice_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> InvoicePublic | Problem | None:
    """ Ordonnateur's payment request: the invoice becomes 'to pay'

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.request_payment` on the unit, in force today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        invoice_id (int):
        if_match (str):
        idempotency_key (str | Unset):
        body (PaymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoicePublic | Problem
     """


    return sync_detailed(
        invoice_id=invoice_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[InvoicePublic | Problem]:
    """ Ordonnateur's payment request: the invoice becomes 'to pay'

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.request_payment` on the unit, in force today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        invoice_id (int):
        if_match (str):
        idempotency_key (str | Unset):
        body (PaymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoicePublic | Problem]
     """


    kwargs = _get_kwargs(
        invoice_id=invoice_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> InvoicePublic | Problem | None:
    """ Ordonnateur's payment request: the invoice becomes 'to pay'

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.request_payment` on the unit, in force today: 403 no-delegation otherwise).

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        invoice_id (int):
        if_match (str):
        idempotency_key (str | Unset):
        body (PaymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoicePublic | Problem
     """


    return (await asyncio_detailed(
        invoice_id=invoice_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
