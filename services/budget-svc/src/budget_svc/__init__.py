"""budget-svc: the département de la programmation et de la gestion (DPG) of INSEE's Secrétariat
général.

Article 3: le département de la programmation et de la gestion prévoit les ressources,
notamment budgétaires, et leurs emplois, prépare les arbitrages de répartition, met en place
les ressources et en suit l'emploi, assure la comptabilité générale; comprend le centre de
prestations financières (CPF).

"""
