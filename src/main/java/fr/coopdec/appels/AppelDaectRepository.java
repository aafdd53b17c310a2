package fr.coopdec.appels;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppelDaectRepository extends JpaRepository<AppelDaect, Long> {}
