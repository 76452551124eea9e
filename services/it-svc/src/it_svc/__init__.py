"""it-svc: the département de l'informatique (DI) of INSEE's Secrétariat général.

Article 3: le département de l'informatique élabore et met en oeuvre la politique informatique
(matériels, réseaux, logiciels), gère les personnels informaticiens et prépare le plan de
charge des centres nationaux informatiques.

"""
