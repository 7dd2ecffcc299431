"""Boilerplate vocabularies: the words site chrome is made of, in the phrasings sites use.

Each pattern matches a *whole* line (after trimming), so a body sentence that merely
contains "share" or "comment" is never taken for chrome. The lists are about how news
sites in general are built (WordPress themes, CMS templates, wire reprints), not about
one site.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE


def _whole(*alternatives: str) -> re.Pattern[str]:
    """A pattern matching a whole line made of one of the alternatives (plus stray marks)."""
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"^[\s\W_]*(?:{body})[\s\W_]*$", _FLAGS)


# Comment forms and comment-section chrome (WordPress, Disqus, news CMSs).
COMMENT_FORM = _whole(
    r"leave a (?:reply|comment|response)(?: cancel reply)?",
    r"(?:post|add|write|submit|publish) (?:a |your )?comments?",
    r"please (?:enter|type|write|add) your (?:comment|name|e-?mail(?: address)?|website)(?: here)?",
    r"you have entered an incorrect e-?mail address",
    r"your e-?mail address will not be published\.?(?: required fields are marked)?",
    r"required fields are marked",
    r"save my name,? e-?mail,? and website in this browser for the next time i comment",
    r"(?:name|e-?mail|website|comment|message)\s*\*?\s*:?",
    r"(?:\d+\s+)?comments?(?: \(\d+\))?",
    r"no comments?(?: yet)?",
    r"be the first to comment",
    r"join the (?:conversation|discussion)",
    r"(?:log|sign) in to (?:comment|reply|leave a comment)",
    r"comments are closed",
    r"show comments|view comments|load comments|hide comments",
    r"cancel reply",
    r"notify me of (?:follow-up comments|new posts)(?: by e-?mail)?",
)

# Navigation, menus and site furniture.
NAVIGATION = _whole(
    r"no menu items",
    r"skip to (?:main )?(?:content|navigation)",
    r"(?:main )?menu|toggle navigation|open menu|close menu|search(?: for)?|home(?:page)?",
    r"sign in|log ?in|sign up|register|subscribe(?: now)?|my account|log ?out",
    r"back to top|scroll to top|go to top",
    r"(?:previous|next) (?:article|post|story)",
    r"you are here:?",
    r"breaking news",
    r"latest news|top stories|top news",
    r"accept(?: all)? cookies|cookie (?:policy|settings)|privacy policy|terms of (?:use|service)",
    r"all rights reserved\.?",
    r"text size|font size|a\s?a\s?a|print|email|share|comments?",
    r"an error (?:has )?occurred.{0,60}|please try again(?: later)?\.?|loading(?:\.\.\.|…)?",
)

# Headings of "more stories" blocks; the link titles that follow go with them.
RELATED_HEADING = _whole(
    r"related(?: (?:articles?|posts?|stories|news|content|coverage|topics|reading|links))?",
    r"most (?:popular|read|viewed|shared|commented)(?: (?:in|on|from) [\w .&'-]{1,40})?",
    r"(?:more|other) (?:stories|articles|news|from [\w .&'-]{1,40}|in [\w .&'-]{1,40}|on this (?:topic|story))",
    r"(?:more|other) (?:content|coverage|headlines|videos|photos)(?: (?:from|on|in|about) [\w .&'-]{1,40})?",
    r"more",
    r"(?:previous|earlier|past) (?:stories|story|coverage|reports)",
    r"(?:read|see) (?:more|also)(?: (?:stories|news|articles))?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"recommended(?: (?:for you|stories|articles|reading))?",
    r"trending(?: (?:now|stories|news|today))?",
    r"popular (?:posts|stories|articles|now)",
    r"latest (?:posts|stories|articles)",
    r"editor'?s picks?|top picks|don'?t miss|must read",
    r"also read|also see|further reading|what to read next|in case you missed it",
    r"tags?|topics?|filed under|categories",
    r"also on [\w.&'-]{2,30}",
)

# A "related" heading run into the one headline it links to, without a separator:
# "Related Coverage 3 dead, 1 critical in berry farm shooting near Woodburn"
RELATED_GLUED = re.compile(
    r"^\W{0,2}(?:related (?:coverage|stories|articles|content|links|news|videos)|more (?:stories|coverage)|"
    r"(?:read|see) also|also read|you (?:may|might) also like|recommended (?:stories|reading|for you))"
    r"\s+(?P<rest>[\"“‘'A-Z0-9].{2,160})$",
    _FLAGS,
)
# A media item's label left by a player: "MORE MEDIA KATU - clip", "More videos KXYZ - 0:45"
MEDIA_LABEL = re.compile(r"^\W{0,2}(?:more|related|additional) (?:media|videos?|photos|images|galleries)\b.{0,80}$", _FLAGS)

# A one-line "Also read: <headline>" / "READ MORE: <headline>" teaser.
RELATED_TEASER = re.compile(
    r"^\W{0,2}(?:(?:also read|read more|read also|see also|see more|related(?: posts?| stories| articles?)?|"
    r"recommended|more|more from [\w .&'-]{1,30}|more [\w .&'-]{1,20}(?=:\s*https?://)|watch|listen)\s*[:|»>–—-]"
    r"|also on [\w-]+\.[a-z]{2,6}\b)\s*\S.{0,160}$",
    _FLAGS,
)

# Share widgets: lines made only of network names and share verbs.
_SHARE_WORDS = (
    r"share|shares|sharing|share this(?: article| story| post)?|share on|share via|click to share on|tweet|"
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|copy link|"
    r"messenger|tumblr|viber|line|vk|flipboard|pocket|threads|bluesky|mastodon|copied|link copied|"
    r"print article|print this (?:article|page|story)|order reprints?|reprints?|gift (?:this )?article|"
    r"save(?: article| for later)?|listen(?: to (?:this )?article)?|copy link|more sharing options|"
    r"opens in (?:a )?new window|\(opens in new window\)|follow us(?: on)?|like us on|on|copy|google ?(?:plus|\+)|play"
)
SHARE_LINE = re.compile(rf"^[\s\W_]*(?:(?:{_SHARE_WORDS})[\s\W_]*)+$", _FLAGS)

# Advertising and paywall furniture that may sit in the middle of a body.
ADVERT = _whole(
    r"advertisement|advertisment|advert|sponsored(?: content)?|ad|ads",
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)",
    r"(?:article|story) continues below",
    r"scroll (?:down )?to continue(?: reading)?(?: with content)?",
    r"continue reading(?: below| the main story)?",
    r"subscribe to (?:our|the) newsletters?.{0,80}",
    r"sign up (?:for|to) (?:our|the) .{0,60}newsletters?.{0,60}",
    r"get the latest .{0,60} (?:in|to) your inbox.{0,40}",
    r"(?:this (?:article|story|content) is )?for subscribers only",
    r"already (?:a subscriber|have an account)\??.{0,40}",
    # "Advertisement - Continue Reading Below": the two notices on one line
    r"(?:advertisement|advert|ad)[\s\W]{0,5}(?:continue reading(?: below)?|(?:article|story) continues below)",
    # a page's notices that its script or plug-in did not run
    r"this (?:slideshow|gallery|video|content|feature|page|map) requires javascript\.?.{0,60}",
    r"you need the latest version of (?:the )?adobe flash player.{0,120}",
    r"(?:please )?refresh this page for (?:the latest )?updates.{0,60}",
)

# Markers that the article is over: everything after them that is not prose is chrome.
END_MARKER = _whole(
    r"end of (?:the )?(?:article|story|post)",
    r"\(?end\)?",
    r"-+\s*ends?\s*-+|#{3}|\*{3}",
    r"about the author",
)

# Words that appear glued in breadcrumbs ("HomeWorldUS, China ...").
BREADCRUMB_ROOT = re.compile(r"^(?:home|start|homepage|news|startseite|accueil|inicio)(?=[A-Z/>»›|:\\-]|\s*[>»›|/]\s*)")
BREADCRUMB_SEPARATORS = re.compile(r"\s+[>»›|/]\s+|\s*[»›]\s*")

# Pieces of a page header that carry a date or reading time, not content.
DATE_HEADER_WORDS = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted|modified|created|date)(?:\s+on)?\s*:?\s*)", _FLAGS
)
READING_TIME = re.compile(
    r"^\s*(?:(?:reading time|read time|lesezeit|tempo de leitura|temps de lecture|tiempo de lectura|"
    r"tempo di lettura)\s*:?\s*)?(?:about |ca\. )?\d{1,2}\s*(?:-\s*)?(?:min(?:ute|uto|uten|utos|utes)?s?\.?)"
    r"(?:\s+(?:read|lesezeit|de lecture|de lectura|de leitura))?\s*$",
    _FLAGS,
)
RELATIVE_TIME = re.compile(
    r"^\s*(?:(?:updated|published|posted)\s*:?\s*)?(?:\d{1,2}|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago\s*$",
    _FLAGS,
)
BYLINE = re.compile(r"^\s*(?i:by|written by|words by|reporting by|von|par|por)\s+[A-Z][\w.'’-]+(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]+){0,8}\s*$")

# Section names sites put in their menus; a line made mostly of them is a menu.
SECTION_WORDS = frozenset(
    """home news world nation national local regional us uk u.s. europe asia africa americas
    middle east australia india china business economy markets money finance tech technology science
    health politics opinion opinions sport sports football weather travel culture arts entertainment
    lifestyle life style food video videos photos podcasts podcast live latest contact about
    subscribe newsletters newsletter login register search menu more games puzzles crosswords
    obituaries events jobs property cars motoring education environment climate fashion books music
    movies film tv media royals celebrity city metro state elections investigations features
    analysis explainers cities climate weekend magazine e-paper epaper shop deals reviews
    & and""".split()
)

# Calls to subscribe, follow or listen, standing alone after (or inside) an article.
PROMOTION = re.compile(
    r"^[\W_]*(?:"
    r"(?:sign up|subscribe|register)\b.{0,160}\b(?:newsletters?|inbox|updates|alerts|free)\b"
    r"|.{0,120}\bsign up (?:for|to) .{0,80}\b(?:newsletters?|today|free)\b"
    r"|follow (?:us|[@\w .&'’-]{2,40}) on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads)\b.{0,120}"
    r"|like this (?:story|article|post)\?.{0,60}"
    r"|(?:have a (?:news )?tip\?\s*)?[\w .'’-]{2,60} (?:may|can) be reached (?:at|via|by) .{0,160}"
    r"|(?:like|join) us on (?:facebook|twitter|instagram|telegram|whatsapp)\b.{0,60}"
    r"|(?:[^.!?]{0,80}\s--?\s*)?(?:download|get|grab) (?:our|the) (?:free )?(?:[\w&'’.-]+ ){0,3}apps?\b.{0,120}"
    r"|(?:or |and )?sign up for (?:our|the) .{0,60}newsletters?\b.{0,100}"
    # an app's store links: "+ News app: Apple | Android", "FREE APPS | NOW | FACEBOOK"
    r"|[\w .&'’-]{0,30}\bapps?\s*:\s*(?:(?:apple|android|iphone|ipad|ios|google play|app store|amazon|roku|kindle)"
    r"\s*(?:[|/,&]|and)?\s*)+"
    # app-store links standing alone: "Android App", "iPhone/iPad App"
    r"|(?:(?:android|iphone|ipad|ios|apple|google play|app store|kindle|roku)\s*(?:/|and|&)?\s*)+apps?"
    r"|(?:click|tap) here (?:for|to) (?:more information|subscribe|sign up|read more|download).{0,60}"
    r"|get [\w .&'’-]{2,60} delivered (?:to|through) your (?:inbox|door|letterbox).{0,120}"
    r"|tell us what you think\W{0,4}"
    r"|listen to [\w .&'’-]{2,40} live\b.{0,80}"
    r"|(?:support|donate to) (?:our|independent) journalism.{0,100}"
    r"|if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|journalism|reporting).{0,240}"
    r"|this copy is for your personal,? non-?commercial use only.{0,240}"
    r")[\W_]*$",
    re.IGNORECASE,
)
# What a site shows after a reader registers or signs in: a page made only of it is no story
ACCOUNT_NOTICE = re.compile(
    r"^\W*(?:thanks?(?: you)? for (?:registering|signing up|subscribing|creating an account)\W{0,3}$"
    r"|you(?:'ve| have) (?:successfully )?(?:registered|signed up|subscribed|created an account)\W{0,3}$"
    r"|your (?:account|registration|subscription) (?:has been|is) (?:created|confirmed|complete|activated)"
    r"|we look forward to seeing you\b|(?:please )?(?:check|confirm) your (?:e-?mail|inbox) to (?:confirm|activate|verify)"
    r"|(?:visit us and )?sign in to update your profile)(?:\b.{0,240})?$",
    re.IGNORECASE,
)
# A link to another story opened by ">>" and a capitalised label: ">> MUGSHOTS: November Roundup"
ARROW_LINK = re.compile(r"^\s*(?:>>|»)\s*[A-Z][A-Z0-9 &'’/-]{1,30}:\s*\S.{0,150}$")
# A photo credit standing alone: "KFVS Courtesy of KFVS", "Photo courtesy: City of Dayton"
COURTESY_CREDIT = re.compile(
    r"^\W{0,2}(?:[A-Z][\w.'’&-]*\s+){0,3}(?i:(?:photo|image|video|file)\s+)?(?i:courtesy)(?:\s+of)?\s*:?\s*"
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z0-9][\w.'’&-]*){0,4}\W{0,2}$"
)
# A count shown in a page's header: "Comments : 0", "YolandaYan testing : 0"
COUNTER_LINE = re.compile(r"^[\w .'’-]{1,40}?\s*:\s*\d{1,5}$")
# A writer's note after a report: "A. Name is a staff writer for The Ledger. Reach her at ..."
AUTHOR_NOTE = re.compile(
    r"^\W{0,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|columnist|producer|contributor)\s+(?:for|with|at)\s+"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,4}).{0,240}$"
)
COPYRIGHT_LINE = re.compile(r"^\W{0,3}(?:©|\(c\)|copyright\b|all rights reserved\b).{0,160}$", re.IGNORECASE)
# A rights notice with the service's name before its "©": "Sun-Times Media Wire © Chicago Sun-Times 2013. All Rights
# Reserved. This material may not be published, broadcast, rewritten, or redistributed." (a "©" and a reservation of rights
# in one short line: no report writes both)
RIGHTS_NOTICE = re.compile(
    r"^.{0,80}?(?:©|\(c\)|\bcopyright\b).{0,120}?\b(?:all rights reserved|may not be (?:re)?(?:published|produced|"
    r"broadcast|copied|distributed|redistributed))\b.{0,160}$",
    re.IGNORECASE,
)
# "Updated at 1:23 p.m.", "Last updated at 22:46 GMT", "Article posted on 08.07.2012",
# "Posted 05/10/2018 - Publicado por: ... - Categoria: ..."
STAMP_LINE = re.compile(
    r"^\W{0,3}(?:(?:article|story|post|page|this (?:article|story|page) was)\s+)?"
    r"(?:(?:last\s+)?(?:updated|published|posted|modified)|publicado|publié|veröffentlicht|aktualisiert)\b"
    r"(?:\s*(?:at|on|:)?\s*)(?=.{0,40}\d).{0,120}$",
    re.IGNORECASE,
)
SHORTCODE = re.compile(r"\[(\w+)(?:\s[^\]]*)?\].*?\[/\1\]|\[/?(?:button|caption|embed|gallery|video|audio|vc_\w+|et_pb_\w+)[^\]]*\]", re.IGNORECASE | re.DOTALL)

LONE_BY = re.compile(r"^\s*(?:by|von|par|por|di|door)\s*:?\s*$", re.IGNORECASE)
# "Publicado por: X - Categoria: Y - Tags: Z", "CNPJ: ... - Fone: ..." : rows of labelled fields
FIELD_LABEL = re.compile(r"(?:^|\s[-|·•]\s|\s/\s)\s*[^\W\d_][\w .]{0,24}:\s", re.UNICODE)

# photo credits and captions carrying one: "Photo: Jane Doe/Reuters", "installation views, photos © Inexhibit"
PHOTO_CREDIT = re.compile(
    r"(?:\b(?:photo|photograph|image|picture|foto|bild|credit|illustration)s?\s*(?:by\b|:|©)|©|\(c\)\s|"
    r"\b(?:image|media|photo) (?:copyright|caption|source)\b|"
    r"\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp photo|reuters/|/reuters|/ap\b|/afp\b|"
    r"epa-efe|imago images|dpa-bildfunk|picture alliance)\b)",
    re.IGNORECASE,
)

# contributor credits and contact lines after a report
CREDIT_LINE = re.compile(
    r"^\W{0,3}(?:"
    r"(?:\(\s*)?(?:reporting|additional reporting|writing|editing|compiled) by\b.{2,300}"
    r"|.{0,80}\b(?:writers?|correspondents?|reporters?|staff)\b.{0,200}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\W*"
    r"|.{0,80}\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\b.{0,100}"
    r"|(?:write|email|e-mail|contact|reach) (?:to )?(?:the (?:author|reporters?|writer)|[\w .'’-]{2,40}) (?:at|on|via) .{2,160}"
    r"|(?:contact|reach|call) [\w .'’-]{2,40}:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d(][\d ().-]{5,20})"
    r"|follow [\w .'’-]{2,40}(?:'s)? (?:full )?coverage of .{2,160}"
    r"|.{0,120}\b(?:writers?|correspondents?|reporters?|staff)\b.{0,120}\bcontributed\W*"
    r"|(?:with|from|includes?|and) (?:news )?wire (?:services|reports)\W*"

    r")$",
    re.IGNORECASE,
)

# "Filed under: Politics |", "Tags: trade, tariffs", "Posted in News": taxonomy rows
TAXONOMY_LINE = re.compile(
    r"^\W{0,2}(?:filed under|tags?|tagged(?: with)?|topics?|categories|category|posted in|kategorien?|"
    r"schlagw(?:ö|oe)rter|etiquetas|categorias|catégories|mots-clés|argomenti)\s*:.{0,240}$",
    re.IGNORECASE,
)
# a contact line after a byline or report: only an e-mail address or a social profile
CONTACT_LINE = re.compile(
    r"^\W{0,2}(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|"
    r"threads|bsky)\.(?:com|net|app)/[\w./-]+|(?:(?:twitter|x|instagram|threads|tiktok)\s*:?\s*)?@\w{2,30})\W{0,2}$",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(r"^\W{0,2}(?:source|sources|quelle|fuente|fonte)\s*:\s*\S.{0,80}$", re.IGNORECASE)

# Video players and photo galleries rendered as text: their controls, alone on a line
# ("1 of 12 Autoplay Pause Show Thumbnails Show Captions") or ahead of the caption or
# paragraph they were glued to ("Skip Ad Ad Loading... x Embed x Share Six bodies ...").
_PLAYER_WORDS = (
    r"skip ad|skip|ad|ads|advertisement|loading(?:\.\.\.|…)?|x|embed|share|replay|play|pause|mute|unmute|close|"
    r"autoplay|full ?screen|show thumbnails|hide thumbnails|thumbnails|show captions|hide captions|captions|"
    r"up next|next|previous|prev|of|cc|settings|volume|watch again|show transcript|hide transcript|transcript"
)
PLAYER_LINE = re.compile(rf"^[\s\W\d_]*(?:(?:{_PLAYER_WORDS})[\s\W\d_]*){{2,}}$", _FLAGS)
#: the controls a player leaves ahead of the text, at least one of them unmistakable
PLAYER_PREFIX = re.compile(
    rf"^(?=(?:(?:{_PLAYER_WORDS})\s+)*?(?:skip ad|loading(?:\.\.\.|…)|embed)\s)(?:(?:{_PLAYER_WORDS})\s+)+(?=[\"“‘'A-Z0-9])",
    _FLAGS,
)
#: a gallery opens with its loading notice ("Loading... <first caption>")
GALLERY_START = re.compile(r"^\W{0,2}loading(?:\.\.\.|…)\s*\S", _FLAGS)
#: a carousel of captions, each opened by the word "Caption" ("Caption Man robs bank ... Caption Fire ...")
CAPTION_ITEM = re.compile(r"(?:^|(?<=\s))Caption\s+(?=[\"“A-Z0-9])")

# Links to a station's other videos: "EMBED >More News Videos A witness describes ..."
VIDEO_LINKS = re.compile(r"^\W{0,2}(?:embed\s*(?:<\s*/\s*>|>)?\s*more\s+(?:\w+\s+)?videos|more\s+news\s+videos)\b.{0,240}$", _FLAGS)
# A link to a video or a gallery, labelled as one: "RAW VIDEO: Witness video captures ...", "PHOTOS: Scene near ..."
MEDIA_TEASER = re.compile(
    r"^\W{0,2}(?:raw |live |related |more |watch |full |exclusive )?(?:video|videos|photos|photo gallery|gallery|"
    r"slideshow|watch|listen|audio|podcast)\s*[:|»>–—-]\s*\S.{0,160}$",
    _FLAGS,
)

# An embedded post: the text, then its signature, "— Houston Police (@houstonpolice) September 26, 2016"
# (Twitter/X) or "A post shared by Name (@name) on Sep 26, 2016 at 6:04am PDT" (Instagram)
EMBEDDED_POST = re.compile(
    r"(?:[—–-]\s*[^()\n]{1,60}\s\(@\w{1,15}\)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"|\bA (?:photo|video|post) shared by .{1,60}\(@[\w.]{1,30}\) on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
    r"(?: at \d{1,2}:\d{2}\s*[ap]m(?: [A-Z]{2,4})?)?)\s*$"
)

# A caption closed by its photo credit: "(Photo by A. Name/Getty Images)", "(Photo courtesy: Facebook)",
# "(AP Photo/A. Name)"; a gallery glued into one paragraph is a run of them
CAPTION_CREDIT = re.compile(
    r"\((?:(?:AP|AFP|Reuters|EPA|Getty|File|Staff)\s+(?:photo|photograph|picture|image|video)s?"
    r"(?:\s*[:/]\s*[^()]{1,80})?"
    r"|(?:photo|photograph|picture|image|video|file photo)s?\s*(?:(?:by|courtesy(?:\s+of)?|credit)\b\s*:?|[:/])"
    r"\s*[^()]{1,80})\)",
    _FLAGS,
)

# Calls to click or follow that stand alone: "Click here for complete coverage",
# "Follow KXYZ.COM: Facebook | Twitter", "*This is a developing story. Check back for updates."
CALL_TO_ACTION = re.compile(
    r"^[\W_]*(?:"
    r"(?:click|tap) here (?:for|to (?:see|read|view|watch|get|follow)) (?:the |our )?"
    r"(?:(?:more|most|complete|full|continuing|latest|live|recent|breaking|all)\s+)*"
    r"(?:updates|coverage|details|stories|story|news|videos?|photos|gallery|information|report)"
    r"|follow (?:us|[\w .&'’@-]{2,40})\s*(?:on|:)\s*(?:(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|"
    r"threads|snapchat|google\+?)\s*(?:[|,/•&]|and)?\s*)+"
    r"|(?:this (?:is a |story is (?:still )?)?)(?:developing|breaking)(?: news)?(?: story| news)?\W{0,3}"
    r"(?:(?:please )?(?:check back|stay with|stay tuned|refresh|follow|keep it)\b.{0,100})?"
    r"|(?:please )?check back (?:later |soon )?for (?:updates|more|the latest).{0,60}"
    r"|(?:complete|full|continuing|more|latest) coverage of [^.!?]{2,120}? (?:on|at) "
    r"(?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}"
    # "For the latest information, click or tap here.", "On the go? Click or tap here for a summary"
    r"|[^.!?]{0,60}[.!?]?\s*(?:click or tap|tap or click) here\b[^.!?]{0,100}"
    r"|[^.!?]{2,80},? (?:click|tap) here"
    # "View video of the aftermath of the shooting here.", "Scroll down for video"
    r"|(?:view|watch|see) (?:the |our )?(?:video|photos|gallery|slideshow)\b[^.!?]{0,80}\bhere"
    r"|scroll down for (?:video|videos|more|photos|the video)"
    r"|read or share this story:.{0,300}"
    r"|don['’]?t miss (?:another|a|any) (?:post|story|update)\b.{0,100}"
    r"|keep checking [\w.&'’ -]{2,40} for (?:the )?latest\b.{0,200}"
    r")[\W_]*$",
    _FLAGS,
)

# A time stamp glued ahead of a paragraph: "Updated at 4:45 p.m. ET: Officials said ...",
# "UPDATE 5:30 p.m. -- Police now say ..."; the stamp must be only a time or a date
STAMP_PREFIX = re.compile(
    r"^\W{0,2}(?:(?:last\s+)?(?:updated?|posted|published))(?:\s+(?:at|on))?\s*:?\s*"
    r"(?P<when>[^|–—]{0,40}?\d[^|–—]{0,20}?)\s*(?::(?!\d)|\s[|–—]|\s--)\s+(?=[\"“A-Z])",
    _FLAGS,
)

# A video player's notice that it cannot play: "Sorry, your browser doesn't support Flash , needs a Flash
# update , or has Flash disabled. You need Flash to watch this video."
PLAYER_NOTICE = re.compile(
    r"^\W{0,2}(?:sorry,? )?your browser (?:does ?n[o'’]t|cannot|can['’]?t) (?:support|play)\b[^.]{0,40}"
    r"\b(?:flash|video|html5|the video tag|javascript|plug-?ins?|iframes?)\b[^.]{0,120}\.\s*"
    r"(?:you (?:need|must have) [^.]{0,60}(?:to (?:watch|view|play) this (?:video|content))[^.]{0,40}\.\s*)?",
    _FLAGS,
)
# A player's embed box: "Embed Three Killed, Four Hurt in Drive-By Shooting 1:19 autoplay autoplay Copy this
# code to your website or blog"
EMBED_CODE = re.compile(r"^\W{0,2}embed\b.{0,200}\bcopy (?:this|the) (?:embed )?code\b.{0,60}$", _FLAGS)
# A video's caption as a station's page prints it, closed by its publication stamp: "... Raw video broadcast
# Feb. 19, 2013. (Published Tuesday, Feb. 19, 2013)"
PUBLISHED_STAMP = re.compile(r"\((?:published|updated|posted)\s+[^()]{4,60}\)\s*$", _FLAGS)
# A tabloid's picture caption: a label, a colon, and the caption, no full stop ("Ambushed: Jeremy Lewis, of
# Fullerton, was carjacked and shot dead early on Tuesday in California")
LABELLED_CAPTION = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?: [\w'’-]+){0,3}):\s+[\"“‘'A-Z0-9]")
