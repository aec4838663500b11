/**
 * Page-furniture words in the common European languages (German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish, the Nordic languages, Czech),
 * beside the English ones in cues.ts: button and label vocabulary that every
 * news or blog template prints, never phrases of particular pages. Each list
 * is an alternation for a regular expression; cues.ts decides where a word
 * may name a line (a short line made of such words, a label at its start).
 */

import { phrasePattern } from './text.ts';

/**
 * Labels of a picture's credit or caption ("Foto:", "Photo:", "Bild:", "Crédito:", "Zdjęcie:"): the
 * caption finder, the copyright-holder reader and the headline picker all read them. Not "Quelle:" or
 * "Source:": those also close a story's paragraph ("… (Quelle: Agency)"), which is no caption.
 */
export const PICTURE_LABELS = [
  'foto', 'fotos', 'photo', 'photos', 'photograph', 'bildcredit', 'bildnachweis', 'bildnachweise', 'fotonachweis', 'fotocredit', 'beitragsbild', 'titelfoto', 'aufmacherbild', 'photographer', 'photographers', 'fotograf', 'fotografin', 'photographe', 'fotógrafo', 'bild', 'bilder', 'bildquelle', 'image', 'images', 'picture', 'credit',
  'crédito', 'créditos', 'imagen', 'fotografía', 'zdjęcie', 'fot', 'illustration', 'grafik', 'symbolbild', 'titelbild', 'archivbild',
];

/** Social networks and messengers, whose names stand on share buttons and in "via Instagram" (a channel, not a news outlet). */
export const SOCIAL_PLATFORMS = ['facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'instagram', 'youtube', 'reddit', 'xing'];
/** Networks a site asks to be followed on, or sends its readers' data to, that no share row names yet. */
export const NEWER_NETWORKS = ['tiktok', 'threads', 'bluesky', 'mastodon'];

/**
 * A copyright notice's rights clause ("Alle Rechte vorbehalten", "Tous droits réservés"): the
 * notice finder (cues.ts) and the copyright-holder reader (copyright.ts) both read it.
 */
export const RIGHTS_CLAUSES = [
  'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'todos os direitos reservados', 'tutti i diritti riservati',
  'wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone', 'alle rechten voorbehouden', 'med ensamrätt', 'alle rettigheder forbeholdes',
  'kaikki oikeudet pidätetään', 'všechna práva vyhrazena',
  // Italian sites' "reproduction reserved".
  'riproduzione riservata',
];
/** The noun of each rights clause ("Rechte", "droits"): a line holding none holds no clause. */
export const RIGHTS_NOUNS = ['rechte', 'droits', 'derechos', 'direitos', 'diritti', 'riproduzione', 'prawa', 'rechten', 'ensamrätt', 'rettigheder', 'oikeudet', 'práva'];

/** Share, print and send buttons ("Teilen", "Partager", "Compartir", "Udostępnij", "Drucken", "Imprimer"). */
export const SHARE_VERBS = [
  'teilen', 'teile', 'geteilt', 'drucken', 'ausdrucken', 'versenden', 'senden', 'kopieren', 'merken', 'pinnen', 'verlinken', 'lesezeichen', 'speichern', 'partager', 'partagez', 'imprimer', 'envoyer',
  'compartir', 'comparte', 'imprimir', 'enviar', 'condividi', 'condividere', 'stampa', 'invia', 'partilhar', 'compartilhar', 'compartilhe', 'partilhe',
  'delen', 'deel', 'afdrukken', 'printen', 'udostępnij', 'drukuj', 'wyślij', 'podziel', 'dela', 'skriv ut',
  'jaa', 'tulosta', 'sdílet', 'sdílej', 'tisk', 'vytisknout',
  // Danish and Norwegian: "Del på Facebook", "Udskriv".
  'del', 'udskriv',
];

/** Words that fill in around share buttons ("Diesen Artikel teilen", "Partager cet article"). */
export const SHARE_FILLERS = [
  'diesen', 'dieser', 'beitrag', 'artikel', 'seite', 'auf', 'per', 'via', 'ce', 'cet', 'cette', 'article', 'page', 'sur', 'par', 'este',
  'esta', 'artículo', 'en', 'por', 'questo', 'articolo', 'su', 'dit', 'deze', 'op', 'ten', 'artykuł', 'na', 'przez', 'denna', 'artikeln',
  'tämä', 'artikkeli', 'tento', 'článek', 'no', 'matéria', 'notícia', 'på', 'denne', 'artiklen', 'artikkelen', 'siden', 'rezept', 'recette', 'receta', 'ricetta', 'przepis', 'mail', 'als', 'link', 'correo',
  // "Jetzt teilen", "Share now".
  'jetzt', 'now',
  // "Save" as a button ("Bei Pinterest speichern", "Blogartikel speichern").
  'speichern', 'enregistrer', 'guardar', 'blogartikel', 'blogbeitrag', 'blogpost',
];

/** Account and login prompts ("Anmelden", "Se connecter", "Iniciar sesión", "Zaloguj się"). */
export const LOGIN_STARTS = [
  'anmelden', 'abmelden', 'einloggen', 'ausloggen', 'registrieren', 'jetzt registrieren', 'mein konto', 'passwort vergessen', 'konto erstellen',
  // A free sign-up's button ("Hier kostenlos anmelden »"); "Jetzt anmelden" alone is as often an event's registration, part of its page.
  'kostenlos anmelden', 'hier kostenlos anmelden', 'jetzt kostenlos anmelden', 'kostenlos registrieren', 'jetzt kostenlos registrieren',
  'se connecter', 'connexion', 'se déconnecter', "s'inscrire", 'inscription', 'mon compte', 'mot de passe oublié', 'créer un compte',
  'iniciar sesión', 'inicia sesión', 'cerrar sesión', 'registrarse', 'regístrate', 'mi cuenta', 'crear cuenta', 'entrar',
  'accedi', 'registrati', 'il mio account', 'esci', 'entrar', 'minha conta', 'inloggen', 'uitloggen', 'registreren', 'mijn account',
  'zaloguj', 'zaloguj się', 'wyloguj', 'zarejestruj', 'zarejestruj się', 'moje konto', 'logga in', 'logga ut', 'logg inn', 'log ind',
  'kirjaudu', 'přihlásit', 'přihlášení', 'registrace',
  'abonnieren', 'jetzt abonnieren', "s'abonner", 'abonnez-vous', 'suscríbete', 'suscribirse', 'iscriviti', 'abbonati', 'assine',
  'abonneren', 'abonneer', 'subskrybuj', 'prenumeruj', 'zapisz się', 'prenumerera', 'tilaa', 'odebírat',
  'abonner', 'bliv abonnent', 'bli abonnent', 'log ud', 'logg ut', 'kirjaudu ulos',
];

/** Words that make a short line an account prompt when two of them meet ("Benutzername und Passwort"). */
export const LOGIN_TERMS = [
  'passwort', 'kennwort', 'benutzername', 'konto', 'mot de passe', 'identifiant', 'compte', 'contraseña', 'usuario', 'cuenta',
  'nome utente', 'senha', 'wachtwoord', 'gebruikersnaam', 'hasło', 'login', 'lösenord', 'användarnamn', 'salasana', 'heslo',
];

/** Words of a cookie or consent notice, besides "cookie" itself. */
export const COOKIE_CONTEXT = [
  'zustimmen', 'zustimmung', 'akzeptieren', 'einverstanden', 'datenschutz', 'datenschutzerklärung', 'einstellungen', 'einwilligung',
  'accepter', 'accepte', 'paramètres', 'confidentialité', 'consentement', 'aceptar', 'acepto', 'configuración', 'privacidad',
  'consentimiento', 'accetta', 'accetto', 'impostazioni', 'consenso', 'aceitar', 'accepteren', 'akkoord', 'instellingen', 'toestemming',
  'akceptuj', 'akceptuję', 'ustawienia', 'prywatności', 'zgoda', 'acceptera', 'godkänn', 'hyväksy', 'souhlas', 'souhlasím',
  // The policy and its controls ("zur Kontrolle von Cookies …: Cookie-Richtlinie", "gérer les cookies", "política de cookies").
  'cookie-richtlinie', 'cookie-richtlinien', 'politique', 'gérer', 'política', 'gestionar',
];

/**
 * A site saying it uses or needs cookies ("Wir verwenden Cookies", "Ce site utilise des cookies"): the verb, which a recipe's
 * "we use cookies" shares, so it counts only beside a word of the web (COOKIE_WEB).
 */
export const COOKIE_USE = [
  'verwenden', 'verwendet', 'nutzen', 'nutzt', 'einsetzen', 'setzt', 'utilise', 'utilisons', 'utilisent', 'utiliza', 'utilizamos', 'usamos',
  'utilizza', 'utilizziamo', 'gebruikt', 'gebruiken', 'używa', 'używamy', 'använder', 'käyttää', 'používá', 'používáme',
  // A consent box's category: cookies the site needs ("Diese Cookies sind unbedingt erforderlich, um … auf unserer Webseite").
  'erforderlich', 'notwendig', 'necessary', 'essential', 'nécessaires', 'necesarias', 'necessari',
  // The same use as a noun ("mit der Nutzung dieser Seite …", "l’utilisation de cookies").
  'nutzung', 'verwendung', 'utilisation', 'uso', 'utilizzo',
];
/** A site, a browser or a device, beside which COOKIE_USE's verbs speak of the site's cookies. */
export const COOKIE_WEB = [
  'website', 'websites', 'webseite', 'webseiten', 'internetseite', 'seite', 'browser', 'gerät', 'endgerät', 'site', 'navigateur', 'appareil', 'sitio', 'navegador',
  'dispositivo', 'sito', 'strona', 'witryna', 'przeglądarka', 'webbplats', 'sivusto', 'stránka', 'prohlížeč', 'apparaat',
  'nutzererfahrung', 'benutzererfahrung', 'surfverhalten', 'besucher', 'navigation', 'navegación', 'navigazione',
];

/** Footer links ("Impressum", "Datenschutz", "Mentions légales", "Aviso legal", "Polityka prywatności"). */
export const FOOTER_LINKS = [
  'impressum', 'datenschutz', 'datenschutzerklärung', 'kontakt', 'agb', 'nutzungsbedingungen', 'über uns', 'mediadaten', 'barrierefreiheit',
  'mentions légales', 'plan du site', 'qui sommes-nous', 'nous contacter', 'politique de confidentialité', 'cgu', 'aviso legal',
  'política de privacidad', 'condiciones de uso', 'términos de uso', 'contacto', 'quiénes somos', 'note legali', 'contatti', 'chi siamo', 'privacy policy', 'colofon', 'over ons',
  'polityka prywatności', 'regulamin', 'o nas', 'om oss', 'integritetspolicy', 'tietosuoja', 'yhteystiedot', 'o nás',
  'kontakt os', 'kontakt oss', 'om os', 'privatlivspolitik', 'personvern', 'personvernerklæring', 'tietosuojaseloste', 'ota yhteyttä',
];

/** A line that only says "advertisement" ("Anzeige", "Werbung", "Publicité", "Publicidad", "Reklama"). */
export const AD_LABELS = [
  'anzeige', 'werbung', 'gesponsert', 'sponsored', 'publicité', 'sponsorisé', 'publicidad', 'patrocinado', 'pubblicità', 'sponsorizzato',
  'publicidade', 'advertentie', 'gesponsord', 'reklama', 'materiał sponsorowany', 'annons', 'annonse', 'mainos', 'inzerce',
  'annonce', 'reklame', 'sponsoreret', 'sponset', 'kaupallinen yhteistyö',
];

/** Tag and category labels ending in a colon ("Schlagwörter:", "Étiquettes :", "Etiquetas:", "Tagi:"). */
export const TAG_LABELS = [
  'schlagwörter', 'schlagworte', 'stichwörter', 'stichworte', 'themen', 'kategorie', 'kategorien', 'rubrik', 'étiquettes', 'mots-clés',
  'mots clés', 'catégories', 'catégorie', 'thèmes', 'etiquetas', 'temas', 'categorías', 'categoría', 'argomenti', 'categorie', 'categoria',
  'trefwoorden', 'tags', 'tagi', 'kategorie', 'tematy', 'etiketter', 'kategorier', 'avainsanat', 'štítky', 'labels', 'palavras-chave',
  'posted in', 'veröffentlicht in', 'veröffentlicht unter', 'abgelegt unter', 'publié dans', 'classé dans', 'publicado en', 'archivado en',
  'pubblicato in', 'archiviato in', 'gepubliceerd in', 'opublikowano w', 'kategoria',
];

/** A breadcrumb trail's first step: the link to the site's front page ("Home", "Startseite", "Accueil", "Inicio", "Strona główna"). */
export const HOME_STEPS = [
  'home', 'homepage', 'home page', 'start', 'startseite', 'accueil', 'inicio', 'início', 'página inicial', 'strona główna',
  'hoofdpagina', 'etusivu', 'hem', 'forside', 'forsiden', 'úvod',
];

/** Navigation buttons ("Zurück", "Nach oben", "Startseite", "Retour", "Volver", "Torna su", "Powrót"). */
export const NAV_WORDS = [
  'zurück', 'zurück zur übersicht', 'zurück zur liste', 'nach oben', 'weiter', 'weiterlesen', 'mehr laden', 'startseite', 'suche', 'menü',
  'retour', 'haut de page', 'accueil', 'rechercher', 'recherche', 'suivant', 'précédent', 'lire la suite', 'volver', 'inicio', 'buscar',
  'siguiente', 'anterior', 'leer más', 'torna', 'torna su', 'cerca', 'successivo', 'precedente', 'leggi tutto', 'voltar', 'início',
  'terug', 'naar boven', 'zoeken', 'volgende', 'vorige', 'lees meer', 'powrót', 'wróć', 'szukaj', 'strona główna', 'następny', 'poprzedni',
  'czytaj dalej', 'tillbaka', 'sök', 'läs mer', 'takaisin', 'haku', 'zpět', 'hledat',
  'tilbage', 'tilbake', 'søg', 'søk', 'næste', 'neste', 'forrige', 'seuraava', 'edellinen', 'til toppen',
  // An embed's button that loads it ("Inhalt laden").
  'inhalt laden', 'inhalte laden', 'load content', 'charger le contenu', 'cargar contenido',
  // A pager's buttons to the post before and after ("Vorheriger Beitrag", "Article suivant").
  'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel', 'article précédent', 'article suivant',
  'entrada anterior', 'entrada siguiente', 'articolo precedente', 'articolo successivo',
  // The link back to the top of the page ("Zum Seitenanfang", "Top of page", "Volver arriba").
  'seitenanfang', 'zum seitenanfang', 'top of page', 'to top', 'volver arriba', 'ir arriba', 'torna all\'inizio', 'voltar ao topo', 'do góry',
  // "Learn more" buttons under a teaser or a box.
  'learn more', 'find out more', 'mehr erfahren', 'jetzt mehr erfahren', 'mehr dazu', 'en savoir plus', 'saber más', 'scopri di più', 'saiba mais',
  'dowiedz się więcej', 'meer weten', 'lue lisää',
  // A picture gallery's label: its pictures are not in the text.
  'gallery', 'photo gallery', 'image gallery', 'galerie', 'bildergalerie', 'fotogalerie', 'galería', 'galería de fotos', 'galleria', 'galleria fotografica', 'galeria', 'galeria zdjęć', 'fotogalerij',
  // A table of contents' label, and the placeholder of an embed the page did not load.
  'table of contents', 'inhaltsverzeichnis', 'sommaire', 'índice', 'indice', 'spis treści', 'inhoudsopgave', 'innehåll',
  'external content', 'externer inhalt', 'externe inhalte', 'contenu externe', 'contenido externo', 'contenuto esterno',
];

/** The word a page prints to say a text was published ("Published", "Veröffentlicht", "Publié", "Publicado"), in the languages read. */
export const PUBLISHED_WORDS = [
  'published', 'veröffentlicht', 'publiziert', 'erschienen', 'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'pubblicata',
  'gepubliceerd', 'opublikowano', 'publicerad', 'publiceret', 'publisert', 'julkaistu',
];

/** Labels over other stories ("Auch interessant", "Lesen Sie auch", "À lire aussi", "Lea también", "Czytaj też"). */
export const RELATED_LABELS = [
  'auch interessant', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'das könnte ihnen auch gefallen',
  'lesen sie auch', 'lies auch', 'mehr zum thema', 'zum weiterlesen', 'empfohlen für dich', 'empfohlen für sie', 'weitere artikel', 'weitere beiträge', 'ähnliche artikel', 'ähnliche beiträge',
  'verwandte artikel', 'neueste artikel', 'neueste beiträge', 'meistgelesen', 'meistgelesene artikel', 'schon gelesen', 'empfehlungen', 'empfohlen', 'lesetipp', 'lesetipps', 'unsere lesetipps',
  'mehr aus', 'mehr von', 'mehr vom autor', 'mehr von der autorin', 'mehr videos', 'mehr artikel', 'mehr news', 'top-themen', 'aktuelle artikel', 'weiterführende links',
  'à lire aussi', 'lire aussi', 'plus de l’auteur', "plus de l'auteur", 'más del autor', 'más de la autora', 'voir aussi', 'sur le même sujet', 'articles similaires', 'articles liés', 'les plus lus', 'à découvrir',
  'lea más', 'lee más', 'lea además', 'puedes ver', 'mira también', 'lesen sie hier', 'dowiedz się więcej', 'czytaj więcej', 'lea también', 'lee también', 'también lea', 'también lee', 'le puede interesar', 'también le puede interesar', 'te puede interesar', 'también te puede interesar', 'noticias relacionadas', 'artículos relacionados',
  'lo más leído', 'más noticias', 'otras noticias', 'más información', 'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'i più letti', 'leia também',
  'artigos relacionados', 'lees ook', 'lees meer', 'gerelateerde artikelen', 'meest gelezen', 'zobacz też', 'zobacz także', 'czytaj też',
  'czytaj także', 'polecamy', 'inne artykuły', 'podobne artykuły', 'najczęściej czytane', 'najnowsze', 'läs också', 'relaterade artiklar',
  'mest læste', 'mest læst', 'mest lest', 'mest lästa', 'luetuimmat', 'seneste nyt', 'siste nytt',
  'se også', 'læs også', 'les også', 'lue myös', 'viz také', 'související články', 'čtěte také',
  // Finnish "read next", "read more on the topic"; Danish and Norwegian "related articles", "read more".
  'lue seuraavaksi', 'lue aiheesta lisää', 'lue lisää aiheesta', 'aiheesta muualla', 'relaterede artikler', 'relaterte artikler', 'læs mere', 'les mer',
  // A box of links set into the story ("Keep Reading" over "The latest on …"), a column of the day's headlines by the hour.
  'keep reading', 'newsticker', 'news ticker',
  // Spanish "learn more" over a linked headline; Chinese "popular picks", "related articles", "related reading", "recommended reading".
  'informate más', 'infórmate más', '热门推荐', '相关文章', '相关阅读', '推荐阅读', '相关新闻', '热门文章',
];

/**
 * Labels over other stories built from their parts, as regular-expression sources (the phrase
 * lists above name fixed phrases; templates vary the pronoun, the adjective and the noun:
 * "Das könnte dich auch interessieren", "Ähnliche Beiträge", "Le puede interesar", "Veja também").
 */
const DE_LIST_ADJECTIVES = String.raw`(?:(?:die|unsere)\s+)?(?:(?:ähnlich|verwandt|weiter|passend|beliebt|beliebtest|meistgelesen|meistgeklickt|meistgesehen|meistkommentiert|neuest|aktuell|empfohlen|populär|themenrelevant|themenverwandt|interessant|vorherig)e[n]?\s+){1,2}`;
const DE_LIST_NOUNS = '(?:artikel|beiträge|inhalte|themen|nachrichten|news|meldungen|geschichten|posts|stories|videos|rezepte|links)';
/** What may name the list's subject after it: a preposition, an article and one word or address ("aus der Arbeitswelt", "zum Thema", "bei example.de/sport"). */
const DE_LIST_SUBJECT = String.raw`(?:\s+(?:aus|zum|zur|zu|von|vom|über|im|in|bei|auf)(?:\s+(?:der|dem|den|diesem|dieser))?\s+[\p{L}\p{N}][\p{L}\p{N}./-]*)?`;
export const RELATED_PATTERNS = [
  // German: "Das könnte Sie / dich / Ihnen auch interessieren / gefallen", "Diese Artikel könnten dich ebenfalls interessieren", "Ähnliche Beiträge (zum Thema)", "Schon gelesen",
  // and a ranking's tabs ("Neueste", "Meist beantwortete", "Am meisten gelesen").
  String.raw`(?:(?:das|dies|diese[rs]?)(?:\s+(?:artikel|beiträge|thema|themen|geschichten|rezepte|videos|news))?)\s+könnten?\s+(?:sie|dich|ihnen|dir|euch)\s+(?:auch|ebenfalls)\s+(?:interessieren|gefallen)`,
  String.raw`${DE_LIST_ADJECTIVES}${DE_LIST_NOUNS}${DE_LIST_SUBJECT}|mehr\s+${DE_LIST_NOUNS}${DE_LIST_SUBJECT}|mehr\s+zum\s+thema${DE_LIST_SUBJECT}|mehr\s+(?:zu|über)\s+(?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+`,
  String.raw`(?:lesen\s+sie|lies)\s+(?:auch|weiter|mehr)|(?:lesen\s+sie|lies)\s+(?:hier\s+)?(?:einen\s+)?weiteren?\s+(?:\p{L}+\s+)?(?:beitrag|artikel)|schon\s+gelesen|meist\s?(?:gelesen|geklickt|gesehen|kommentiert|geteilt|diskutiert|beantwortet)(?:e[nr]?)?|am\s+meisten\s+(?:gelesen|geklickt|gesehen|kommentiert|geteilt)|neueste|(?:auch|ebenfalls)\s+interessant`,
  // "Artikel und Videos zum Thema", "Nachrichten zu diesem Thema": the nouns of a list named by its subject.
  String.raw`${DE_LIST_NOUNS}(?:\s*(?:,|und|&)\s*${DE_LIST_NOUNS}){0,2}\s+(?:zum|zu\s+diesem|zu\s+dem)\s+thema`,
  // English: "Articles and videos on this topic", "Stories about the same subject".
  String.raw`(?:articles|stories|news|videos|posts)(?:\s*(?:,|and|&)\s*(?:articles|stories|news|videos|posts)){0,2}\s+(?:on|about)\s+(?:this|the\s+same)\s+(?:topic|subject|story)`,
  // "Dich interessiert vielleicht auch", "Das gefällt Ihnen bestimmt auch", "Top-Themen der Redaktion".
  String.raw`(?:(?:das|dies)\s+)?(?:(?:dich|sie|ihnen|dir|euch)\s+(?:interessiert|interessieren|gefällt|gefallen)|(?:interessiert|gefällt)\s+(?:dich|sie|ihnen|dir|euch))\s+(?:(?:vielleicht|bestimmt|sicher)\s+)?auch|top[- ]?(?:themen|artikel|beiträge|nachrichten|meldungen)(?:\s+der\s+redaktion)?`,
  // A box of older posts: "Aus dem Archiv", "Relevantes aus dem Example-Archiv", "From the archives".
  String.raw`(?:(?:relevantes|mehr|weiteres|neues)\s+)?aus\s+(?:dem|unserem)\s+(?:[\p{L}\p{N}.]+-)?archiv|from\s+(?:the|our)\s+archives?`,
  // Portuguese: "Veja também", "Leia também", "Notícias relacionadas", "Mais lidas".
  String.raw`(?:veja|leia|confira)\s+(?:também|mais)|(?:notícias|matérias|artigos|posts)\s+relacionad[oa]s|mais\s+lid[oa]s|você\s+(?:também\s+)?pode\s+gostar`,
  // Spanish: "Te / Le / Les puede interesar", "También te puede interesar", "Lee / Lea / Mira también", "Te recomendamos".
  String.raw`(?:también\s+)?(?:te|le|les)\s+(?:puede|pueden|podría|podrían)\s+(?:interesar|gustar)|(?:lee|lea|leer|ver|mira|mirá|vea)\s+también|(?:te|le)\s+recomendamos|(?:noticias|artículos|notas)\s+relacionad[oa]s|(?:lo\s+)?más\s+leíd[oa]s?`,
  // French: "À lire aussi", "À voir également", "Vous aimerez aussi", "Articles connexes".
  String.raw`(?:à\s+)?(?:lire|voir|découvrir)\s+(?:aussi|également)|vous\s+(?:aimerez|pourriez\s+aimer)\s+(?:aussi|également)|articles\s+(?:similaires|liés|connexes|récents)|les\s+plus\s+(?:lus|partagés|populaires)`,
  // Italian: "(Ti) potrebbe (anche) interessare", "Leggi anche", "Notizie correlate".
  String.raw`(?:ti\s+)?potrebbe(?:ro)?\s+(?:anche\s+)?interessar(?:ti|e)|leggi\s+anche|(?:articoli|notizie)\s+correlat[ie]|(?:i\s+)?più\s+letti`,
  // French: "En relation", "Dans la même rubrique", "Plus par <author>", "Plus dans <section>".
  String.raw`en\s+relation|dans\s+la\s+même\s+rubrique|sur\s+le\s+même\s+thème|plus\s+(?:par|dans)\s[^:.!?]{1,30}`,
  // "Latest news" in the Romance languages: "Últimas noticias", "Últimas notas", "Dernières actualités", "Ultime notizie", "Lo último".
  String.raw`(?:últimas|ultimas|últimos|ultime|ultimi|dernières|derniers)\s+(?:noticias|notícias|notas|entradas|publicaciones|artículos|artigos|notizie|articoli|actualités|articles|nouvelles|infos)|lo\s+último`,
  // "More news from …" in the Romance languages (German's is above): "Más noticias de Colombia", "Plus d'articles sur …", "Altre notizie da …" (the noun
  // keeps "más de 300" and "plus de trois", which are amounts, out).
  String.raw`(?:más|mais)\s+(?:noticias|notícias|artículos|artigos|notas)\s+(?:de|del|da|do|sobre|en|em)\s[^:.!?]{1,30}|plus\s+d['’](?:articles|actualités|infos)\s+(?:de|du|des|sur|en)\s[^:.!?]{1,30}|altre\s+notizie\s+(?:di|da|su|dal|dalla)\s[^:.!?]{1,30}`,
  // "More about …" naming the subject (as "More from …" in English), and "See: / Read on: / Mehr:" over one linked headline.
  String.raw`(?:más|mais|mehr|plus)\s+(?:sobre|über|sur)\s[^:.!?]{1,30}|(?:mire|mira|vea|ver|lea|lee|leia|veja|weiterlesen|voir|lire|leggi|mehr|more)(?=\s*:)`,
  // Picks by the author or the desk: "L'auteur vous recommande", "Die Redaktion empfiehlt", "The editors recommend", and as a box's
  // bare label "Redaktionstipp", "Le choix de la rédaction" (with a colon, "Tipps der Redaktion:" announces the story's own picks).
  String.raw`(?:redaktionstipps?|(?:tipps?|empfehlung(?:en)?)\s+(?:der|unserer)\s+redaktion|(?:le\s+)?choix\s+de\s+la\s+rédaction|(?:la\s+)?(?:selección|elección)\s+(?:del\s+editor|de\s+la\s+redacción))(?!\s*[:：])|(?:l['’]auteur|la\s+rédaction)\s+vous\s+recommande|(?:der\s+autor|die\s+autorin|die\s+redaktion|unsere\s+redaktion)\s+empfiehlt|(?:the\s+)?(?:author|editors?)\s+recommends?|(?:el\s+autor|la\s+redacción)\s+(?:te\s+|le\s+)?recomienda`,
  // Dutch and Polish: "Lees ook", "Ook interessant", "Zobacz / Czytaj / Przeczytaj też / także / również".
  String.raw`ook\s+interessant|meer\s+nieuws|(?:zobacz|czytaj|przeczytaj)\s+(?:też|także|również)|podobne\s+(?:artykuły|wpisy)`,
];

/** Labels over an author's biography ("Über den Autor", "À propos de l'auteur", "Sobre el autor", "O autorze"). */
export const BIO_LABELS = [
  'about the author', 'about the authors', 'über den autor', 'über den author', 'über die autorin', 'über die autoren', 'über die autorinnen', 'zum autor', 'zur autorin',
  'zu den autoren', 'zu den autorinnen', 'zu den autor:innen', 'zu den autor*innen', 'der autor', 'die autorin', 'die autoren',
  "à propos de l'auteur", "l'auteur", 'sobre el autor', 'sobre la autora', "sull'autore", "l'autore", 'sobre o autor', 'over de auteur',
  'o autorze', 'om författaren', 'kirjoittajasta', 'o autorovi',
];

/** Customer-service desks ("Kundenservice", "Service client", "Atención al cliente", "Obsługa klienta"). */
export const SERVICE_WORDS = [
  'customer service', 'customer services', 'customer support', 'customer care', 'consumer service', 'consumer services', 'helpline', 'hotline', 'help desk', 'kundenservice', 'kundendienst', 'verbraucherservice',
  'leserservice', 'aboservice', 'service client', 'service clients', 'service consommateurs', 'relation client', 'atención al cliente', 'servicio al cliente',
  'servizio clienti', 'assistenza clienti', 'atendimento ao cliente', 'klantenservice', 'obsługa klienta', 'biuro obsługi', 'kundtjänst',
  'kundeservice', 'asiakaspalvelu', 'zákaznický servis', 'zákaznická linka',
];

/** The comments' noun as a count or a link prints it ("3 Comments", "Keine Kommentare", "Commentaires"). */
export const COMMENT_NOUNS = ['comment', 'comments', 'kommentar', 'kommentare', 'commentaire', 'commentaires', 'comentario', 'comentarios', 'commento', 'commenti'];

/** None or one in words, as a blog prints a count of its comments ("No Comments", "Ein Kommentar", "Aucun commentaire"). */
export const NONE_OR_ONE = ['no', 'none', 'one', 'kein', 'keine', 'ein', 'eine', 'un', 'une', 'aucun', 'uno', 'sin', 'ningún', 'nessun', 'geen', 'brak'];

/** An alternation of phrases for a regular expression, longest first, with regex characters escaped. */
export function alternation(words: string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}
