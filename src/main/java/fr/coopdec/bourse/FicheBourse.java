package fr.coopdec.bourse;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.SearchText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A presentation sheet. A French authority is picked from the referential; a foreign one is described
 * (name, country, level, population) and may be linked to the referential later, when it becomes a
 * partnership. Every text has a size limit (the form is public).
 */
@Entity
@Table(name = "bourse_fiche")
public class FicheBourse extends AbstractEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origine", nullable = false, length = 20)
    private Origine origine = Origine.FRANCAISE;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sens", nullable = false, length = 20)
    private Sens sens = Sens.DEMANDE;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 30)
    private StatutFiche statut = StatutFiche.A_CONFIRMER;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_francaise_id")
    private CollectiviteFrancaise collectiviteFrancaise;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_partenaire_id")
    private CollectivitePartenaire collectivitePartenaire;

    @Size(max = 200, message = "{bourse.size.200}")
    @Column(name = "nom_collectivite", nullable = false, length = 200)
    private String nomCollectivite;

    /** The foreign authority's country (null for a French one). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pays_id")
    private Pays pays;

    @Enumerated(EnumType.STRING)
    @Column(name = "niveau", length = 30)
    private NiveauCollectivitePartenaire niveau;

    @Min(0)
    @Max(200_000_000)
    @Column(name = "population")
    private Integer population;

    @NotBlank(message = "{bourse.required}")
    @Size(max = 150, message = "{bourse.size.150}")
    @Column(name = "contact_nom", nullable = false, length = 150)
    private String contactNom;

    @Size(max = 150, message = "{bourse.size.150}")
    @Column(name = "contact_fonction", length = 150)
    private String contactFonction;

    @NotBlank(message = "{bourse.required}")
    @Email(message = "{bourse.email.invalid}")
    @Size(max = 254, message = "{bourse.size.254}")
    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Size(max = 40, message = "{bourse.size.40}")
    @Column(name = "contact_telephone", length = 40)
    private String contactTelephone;

    @Convert(converter = EnumSetConverter.Situations.class)
    @Column(name = "situations", length = 200)
    private Set<Situation> situations = EnumSet.noneOf(Situation.class);

    @Size(max = 2000, message = "{bourse.size.2000}")
    @Column(name = "faits_marquants", length = 2000)
    private String faitsMarquants;

    @Convert(converter = EnumSetConverter.Acteurs.class)
    @Column(name = "acteurs", length = 200)
    private Set<ActeurEtranger> acteurs = EnumSet.noneOf(ActeurEtranger.class);

    @Size(max = 2000, message = "{bourse.size.2000}")
    @Column(name = "acteurs_precisions", length = 2000)
    private String acteursPrecisions;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "bourse_fiche_expertise",
            joinColumns = @JoinColumn(name = "fiche_id"),
            inverseJoinColumns = @JoinColumn(name = "thematique_id"))
    private Set<Thematique> expertises = new HashSet<>();

    @NotBlank(message = "{bourse.required}")
    @Size(max = 4000, message = "{bourse.size.4000}")
    @Column(name = "objectifs", nullable = false, length = 4000)
    private String objectifs;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "bourse_fiche_recherche",
            joinColumns = @JoinColumn(name = "fiche_id"),
            inverseJoinColumns = @JoinColumn(name = "thematique_id"))
    private Set<Thematique> thematiquesRecherchees = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "bourse_fiche_pays_cible",
            joinColumns = @JoinColumn(name = "fiche_id"),
            inverseJoinColumns = @JoinColumn(name = "pays_id"))
    private Set<Pays> paysCibles = new HashSet<>();

    @Convert(converter = EnumSetConverter.Zones.class)
    @Column(name = "zones_cibles", length = 200)
    private Set<ZoneMonde> zonesCibles = EnumSet.noneOf(ZoneMonde.class);

    @Size(max = 200, message = "{bourse.size.200}")
    @Column(name = "langues", length = 200)
    private String langues;

    @Enumerated(EnumType.STRING)
    @Column(name = "duree", length = 30)
    private Duree duree;

    @AssertTrue(message = "{bourse.consent.required}")
    @Column(name = "consentement", nullable = false)
    private boolean consentement;

    @Column(name = "confirmation_token", length = 64, unique = true)
    private String confirmationToken;

    @Column(name = "soumise_le", nullable = false)
    private Instant soumiseLe;

    @Column(name = "confirmee_le")
    private Instant confirmeeLe;

    @Column(name = "moderee_le")
    private Instant modereeLe;

    @Column(name = "publiee_le")
    private Instant publieeLe;

    @Column(name = "expire_le")
    private LocalDate expireLe;

    @Column(name = "rappel_expiration_le")
    private Instant rappelExpirationLe;

    @Column(name = "motif_refus", length = 2000)
    private String motifRefus;
    /** The Atlas partnership this sheet led to (an id: the Atlas is another module). */
    @Column(name = "partenariat_id")
    private Long partenariatId;

    @Column(name = "search_text", nullable = false, length = 3000)
    private String searchText;

    @Column(name = "adresse_ip", length = 64)
    private String adresseIp;

    @OneToMany(mappedBy = "fiche", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PieceJointeFiche> pieces = new ArrayList<>();

    protected FicheBourse() {}

    public static FicheBourse vierge() {
        return new FicheBourse();
    }

    /** The authority's name as shown everywhere: the referential's for a French one. */
    public String getNomAffiche() {
        return collectiviteFrancaise != null ? collectiviteFrancaise.getNom() : nomCollectivite;
    }

    /** Themes of the sheet, offered or sought: what matching compares. */
    public Set<Thematique> getToutesThematiques() {
        Set<Thematique> all = new HashSet<>(expertises);
        all.addAll(thematiquesRecherchees);
        return all;
    }

    /** Population given on the sheet, else the referential's for a French authority. */
    public Integer getPopulationConnue() {
        if (population == null && collectiviteFrancaise != null) {
            return collectiviteFrancaise.getPopulation();
        }
        return population;
    }

    public void addPiece(PieceJointeFiche piece) {
        piece.attachTo(this);
        pieces.add(piece);
    }

    @PrePersist
    @PreUpdate
    void index() {
        if (collectiviteFrancaise != null) {
            nomCollectivite = collectiviteFrancaise.getNom();
        }
        String text = SearchText.of(
                getNomAffiche(),
                objectifs,
                faitsMarquants,
                acteursPrecisions,
                pays == null ? null : pays.getNomFr(),
                paysCibles.stream().map(Pays::getNomFr).collect(Collectors.joining(" ")),
                getToutesThematiques().stream().map(Thematique::getLibelleFr).collect(Collectors.joining(" ")));
        searchText = text.length() > 3000 ? text.substring(0, 3000) : text;
    }

    void soumettre(String token, Instant now, String ip) {
        this.confirmationToken = token;
        this.soumiseLe = now;
        this.adresseIp = ip;
        this.statut = StatutFiche.A_CONFIRMER;
    }

    void confirmer(Instant now) {
        this.confirmationToken = null;
        this.confirmeeLe = now;
    }

    void changerStatut(StatutFiche vers, Instant now) {
        if (statut == StatutFiche.SOUMISE || statut == StatutFiche.EN_REVUE) {
            if (vers == StatutFiche.PUBLIEE || vers == StatutFiche.REFUSEE) {
                modereeLe = now;
            }
        }
        this.statut = vers;
    }

    void publier(Instant now, LocalDate expiration) {
        this.publieeLe = now;
        this.expireLe = expiration;
        this.rappelExpirationLe = null;
    }

    void renouveler(LocalDate expiration) {
        this.expireLe = expiration;
        this.rappelExpirationLe = null;
        this.confirmationToken = null;
    }

    /** The reminder's renewal link reuses the (then free) token column: one live link per sheet. */
    void rappelEnvoye(Instant now, String jetonRenouvellement) {
        this.rappelExpirationLe = now;
        this.confirmationToken = jetonRenouvellement;
    }

    void refuser(String motif) {
        this.motifRefus = motif;
    }

    void lierPartenariat(long id) {
        this.partenariatId = id;
    }

    public Origine getOrigine() {
        return origine;
    }

    public void setOrigine(Origine origine) {
        this.origine = origine;
    }

    public Sens getSens() {
        return sens;
    }

    public void setSens(Sens sens) {
        this.sens = sens;
    }

    public StatutFiche getStatut() {
        return statut;
    }

    public CollectiviteFrancaise getCollectiviteFrancaise() {
        return collectiviteFrancaise;
    }

    public void setCollectiviteFrancaise(CollectiviteFrancaise c) {
        this.collectiviteFrancaise = c;
    }

    public CollectivitePartenaire getCollectivitePartenaire() {
        return collectivitePartenaire;
    }

    public void setCollectivitePartenaire(CollectivitePartenaire c) {
        this.collectivitePartenaire = c;
    }

    public String getNomCollectivite() {
        return nomCollectivite;
    }

    public void setNomCollectivite(String nomCollectivite) {
        this.nomCollectivite = nomCollectivite;
    }

    public Pays getPays() {
        return pays;
    }

    public void setPays(Pays pays) {
        this.pays = pays;
    }

    public NiveauCollectivitePartenaire getNiveau() {
        return niveau;
    }

    public void setNiveau(NiveauCollectivitePartenaire niveau) {
        this.niveau = niveau;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getContactNom() {
        return contactNom;
    }

    public void setContactNom(String contactNom) {
        this.contactNom = contactNom;
    }

    public String getContactFonction() {
        return contactFonction;
    }

    public void setContactFonction(String contactFonction) {
        this.contactFonction = contactFonction;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactTelephone() {
        return contactTelephone;
    }

    public void setContactTelephone(String contactTelephone) {
        this.contactTelephone = contactTelephone;
    }

    public Set<Situation> getSituations() {
        return situations;
    }

    public void setSituations(Set<Situation> s) {
        this.situations = s == null || s.isEmpty() ? EnumSet.noneOf(Situation.class) : EnumSet.copyOf(s);
    }

    public String getFaitsMarquants() {
        return faitsMarquants;
    }

    public void setFaitsMarquants(String faitsMarquants) {
        this.faitsMarquants = faitsMarquants;
    }

    public Set<ActeurEtranger> getActeurs() {
        return acteurs;
    }

    public void setActeurs(Set<ActeurEtranger> a) {
        this.acteurs = a == null || a.isEmpty() ? EnumSet.noneOf(ActeurEtranger.class) : EnumSet.copyOf(a);
    }

    public String getActeursPrecisions() {
        return acteursPrecisions;
    }

    public void setActeursPrecisions(String acteursPrecisions) {
        this.acteursPrecisions = acteursPrecisions;
    }

    public Set<Thematique> getExpertises() {
        return expertises;
    }

    public void setExpertises(Set<Thematique> t) {
        this.expertises = new HashSet<>(t);
    }

    public String getObjectifs() {
        return objectifs;
    }

    public void setObjectifs(String objectifs) {
        this.objectifs = objectifs;
    }

    public Set<Thematique> getThematiquesRecherchees() {
        return thematiquesRecherchees;
    }

    public void setThematiquesRecherchees(Set<Thematique> t) {
        this.thematiquesRecherchees = new HashSet<>(t);
    }

    public Set<Pays> getPaysCibles() {
        return paysCibles;
    }

    public void setPaysCibles(Set<Pays> p) {
        this.paysCibles = new HashSet<>(p);
    }

    public Set<ZoneMonde> getZonesCibles() {
        return zonesCibles;
    }

    public void setZonesCibles(Set<ZoneMonde> z) {
        this.zonesCibles = z == null || z.isEmpty() ? EnumSet.noneOf(ZoneMonde.class) : EnumSet.copyOf(z);
    }

    public String getLangues() {
        return langues;
    }

    public void setLangues(String langues) {
        this.langues = langues;
    }

    public Duree getDuree() {
        return duree;
    }

    public void setDuree(Duree duree) {
        this.duree = duree;
    }

    public boolean isConsentement() {
        return consentement;
    }

    public void setConsentement(boolean consentement) {
        this.consentement = consentement;
    }

    public String getConfirmationToken() {
        return confirmationToken;
    }

    public Instant getSoumiseLe() {
        return soumiseLe;
    }

    public Instant getConfirmeeLe() {
        return confirmeeLe;
    }

    public Instant getModereeLe() {
        return modereeLe;
    }

    public Instant getPublieeLe() {
        return publieeLe;
    }

    public LocalDate getExpireLe() {
        return expireLe;
    }

    public Instant getRappelExpirationLe() {
        return rappelExpirationLe;
    }

    public String getMotifRefus() {
        return motifRefus;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public List<PieceJointeFiche> getPieces() {
        return pieces;
    }
}
