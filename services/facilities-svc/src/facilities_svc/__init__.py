"""facilities-svc: the département des services généraux (DSG) of INSEE's Secrétariat général.

Article 3: le département des services généraux gère le parc immobilier, les achats centralisés
(en liaison avec le service des achats de l'Etat) et le suivi des conditions de travail; pour
les seuls services centraux, l'appui logistique et le service social.

"""
