"""hr-svc: the département des ressources humaines (DRH) of INSEE's Secrétariat général.

Article 3: le département des ressources humaines propose et applique les orientations de la
politique et de la gestion de personnel, met en valeur les ressources humaines, forme les
personnels et assure l'information interne; relations avec les organisations syndicales.

"""
