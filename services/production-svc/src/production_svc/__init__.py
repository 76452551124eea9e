"""production-svc: the département de l'organisation et des méthodes de la production (DOMP) of
INSEE's Secrétariat général.

Article 3: le département de l'organisation et des méthodes de la production organise les
travaux de production statistique, en particulier les grandes opérations, étudie les questions
techniques de collecte et d'élaboration des données, fait évoluer les postes de travail et
propose des améliorations des conditions de travail.

"""
