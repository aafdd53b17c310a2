package fr.coopdec.bourse;

import org.springframework.data.jpa.repository.JpaRepository;

interface PiecesRepository extends JpaRepository<PieceJointeFiche, Long> {}
