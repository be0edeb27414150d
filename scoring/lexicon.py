"""Data tables for the move coder (:mod:`scoring.coding`).

Everything the coder *knows* about counselling language lives here, as plain data: the spelling
normalisation table, the word lists and the cue patterns for each move code. The modules that apply
them (see :mod:`scoring.coding`) only know how to cut a reply into units and how to weigh the matches,
so a new phrasing is taught by adding a line here, not by touching the engine.

All patterns are written against the *normalised* text (see :data:`REWRITES`): lower case, straight
apostrophes, contractions expanded ("don't" -> "do not", "you're" -> "you are", "u" -> "you"), single
spaces. Writing them against one canonical spelling is what keeps them short: "you're", "youre",
"your" (in "your in denial") and "ur" all arrive as "you are".

Placeholders in braces (``{START}``, ``{ADV}``...) are expanded from :data:`MACROS` when the
patterns are compiled. Each cue table is a tuple of regex strings; a table's docstring says what the
code is, and comments inside group its cues by the definition they come from (``moves.md``).

Which table wins inside a clause is :data:`UNIT_PRIORITY`; which move of a reply the client reacts to
is :data:`PRIMARY_ORDER`. Two rules that could go either way are fixed here and documented where
they live: "it's okay to take your time" is validation (see :data:`VALIDATION`), and advice asked
permission for is collaboration (see :data:`PERMISSION`).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------

REWRITES: dict[str, str] = {
    # negative contractions, with and without the apostrophe
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "doesnt": "does not",
    "didn't": "did not",
    "didnt": "did not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "shouldn't": "should not",
    "shouldnt": "should not",
    "couldn't": "could not",
    "couldnt": "could not",
    "isn't": "is not",
    "isnt": "is not",
    "aren't": "are not",
    "arent": "are not",
    "wasn't": "was not",
    "wasnt": "was not",
    "weren't": "were not",
    "werent": "were not",
    "haven't": "have not",
    "havent": "have not",
    "hasn't": "has not",
    "hasnt": "has not",
    "hadn't": "had not",
    "hadnt": "had not",
    "mustn't": "must not",
    "needn't": "need not",
    "ain't": "is not",
    "aint": "is not",
    # pronoun contractions
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "you're": "you are",
    "youre": "you are",
    "you've": "you have",
    "youve": "you have",
    "you'll": "you will",
    "youll": "you will",
    "you'd": "you would",
    "youd": "you would",
    "we're": "we are",
    "we've": "we have",
    "weve": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "they're": "they are",
    "theyre": "they are",
    "they've": "they have",
    "they'll": "they will",
    "it's": "it is",
    "its": "it is",
    "it'll": "it will",
    "itll": "it will",
    "thatll": "that will",
    "theyll": "they will",
    "u'll": "you will",
    "u've": "you have",
    "u'd": "you would",
    "u're": "you are",
    "prob": "probably",
    "someones": "someone is",
    "somebodys": "somebody is",
    "everyones": "everyone is",
    "ull": "you will",
    "r": "are",
    "that's": "that is",
    "thats": "that is",
    "what's": "what is",
    "whats": "what is",
    "there's": "there is",
    "theres": "there is",
    "here's": "here is",
    "heres": "here is",
    "he's": "he is",
    "she's": "she is",
    "who's": "who is",
    "whos": "who is",
    "how's": "how is",
    "hows": "how is",
    "where's": "where is",
    "let's": "let us",
    "lets": "let us",
    "that'll": "that will",
    "it'd": "it would",
    "itd": "it would",
    "that'd": "that would",
    "there'd": "there would",
    "they'd": "they would",
    "he'd": "he would",
    "she'd": "she would",
    "who'd": "who would",
    "what'd": "what would",
    "where'd": "where did",
    "how'd": "how did",
    "would've": "would have",
    "wouldve": "would have",
    "should've": "should have",
    "shouldve": "should have",
    "could've": "could have",
    "couldve": "could have",
    "might've": "might have",
    "must've": "must have",
    "y'all": "you all",
    "what're": "what are",
    "how're": "how are",
    # chat spellings
    "u": "you",
    "ya": "you",
    "yu": "you",
    "urself": "yourself",
    "ure": "you are",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "do not know",
    "idk": "i do not know",
    "tbh": "to be honest",
    "imo": "in my opinion",
    "ok": "okay",
    "k": "okay",
    "kk": "okay",
    "okey": "okay",
    "oky": "okay",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thank you",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "bc": "because",
    "tho": "though",
    "thru": "through",
    "rn": "right now",
    "ppl": "people",
    "abt": "about",
    "ofc": "of course",
    "mhm": "mm-hmm",
    "mmhmm": "mm-hmm",
    "hmm": "hmm",
    "yea": "yeah",
    "yep": "yeah",
    "yup": "yeah",
    "nah": "no",
    "wat": "what",
    "wht": "what",
    "wen": "when",
    "hav": "have",
    "cud": "could",
    "shud": "should",
    "wud": "would",
    "ur's": "yours",
    # common typos
    "becuase": "because",
    "becasue": "because",
    "beacuse": "because",
    "realy": "really",
    "relly": "really",
    "somthing": "something",
    "shoud": "should",
    "shold": "should",
    "sould": "should",
    "shoudl": "should",
    "woudl": "would",
    "wuold": "would",
    "coudl": "could",
    "waht": "what",
    "hwo": "how",
    "yuo": "you",
    "yoy": "you",
    "yiu": "you",
    "teh": "the",
    "adn": "and",
    "thier": "their",
    "definately": "definitely",
    "alot": "a lot",
    "beleive": "believe",
    "belive": "believe",
    "freind": "friend",
    "untill": "until",
    "sory": "sorry",
    "sorrry": "sorry",
    "thnk": "think",
    "tink": "think",
    "somone": "someone",
    "feelin": "feeling",
    "goin": "going",
    "tryin": "trying",
    "doin": "doing",
    "sayin": "saying",
    "talkin": "talking",
    "drinkin": "drinking",
    "nothin": "nothing",
    "somethin": "something",
    "undrestand": "understand",
    "understnad": "understand",
    "comfortible": "comfortable",
    "responsable": "responsible",
    "excuse's": "excuses",
    "decison": "decision",
    "desicion": "decision",
    "dicision": "decision",
    "choise": "choice",
    "wnat": "want",
    "whould": "would",
    "shoudn't": "should not",
    "you'r": "you are",
    "youre'": "you are",
    "yor": "your",
    "yr": "your",
    "tought": "thought",
    "okk": "okay",
    "oaky": "okay",
    "alright": "all right",
    "id": "i would",
    "tryed": "tried",
    "understandible": "understandable",
    "understandble": "understandable",
    "hw": "how",
    "rediculous": "ridiculous",
    "ridiculus": "ridiculous",
    "presure": "pressure",
    "preasure": "pressure",
    "wierd": "weird",
    "probs": "probably",
    "sry": "sorry",
    "soz": "sorry",
    "excercise": "exercise",
    "alcohal": "alcohol",
    "docter": "doctor",
    "lemme": "let me",
    "gimme": "give me",
    "shes": "she is",
    "def": "definitely",
    "defo": "definitely",
    # "2" for "to" in chat, only where "to" is meant ("u need 2 stop"); a lone "2" stays a number
    "need 2": "need to",
    "have 2": "have to",
    "got 2": "got to",
    "want 2": "want to",
    # "could of", "would of": "have" as students hear it (not "could, of course")
    "could of": "could have",
    "would of": "would have",
    "should of": "should have",
    "might of": "might have",
    "must of": "must have",
    "couldnt of": "could not have",
    "wouldnt of": "would not have",
    "shouldnt of": "should not have",
    "going 2": "going to",
    "try 2": "try to",
}
"""Token rewrites: contractions, chat spellings and frequent typos, to one canonical spelling."""

YOUR_AS_YOU_ARE_NEXT: frozenset[str] = frozenset(
    "not so just being really going doing feeling a an in right wrong making scared afraid angry "
    "upset still here trying saying telling worried sure clearly obviously lying overreacting tired "
    "sick fed always never only only exaggerating kidding allowed welcome free able ready the "
    "totally completely absolutely definitely probably also already gonna gunna such acting lazy selfish "
    "stupid an idiot overthinking basically literally kinda actually honestly properly addicted insecure "
    "obsessive antisocial controlling possessive jealous paranoid delusional dramatic prob probably out "
    "gonna".split()
)
"""After "your"/"ur", these words show the writer meant "you're" ("your in denial", "ur doing great")."""

# --------------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------------

STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it itself just let like me
    more most my myself no nor not now of off on once only or other our ours out over own same she should
    so some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    yourself yourselves okay yeah really kind sort thing things something anything get got go going
    know think feel feeling feels felt say said saying says tell told make made want wanted one well
    right still even much many lot bit maybe way back us oh um uh mean guess sounds sound seems seem
    actually probably definitely pretty quite then though always never ever people everyone everybody
    someone anyone enough keep keeps kept thinking saying telling wondering sounding seeming""".split()
)
"""Words that carry no content, ignored when a reply is compared with the client's line."""

FEELINGS: frozenset[str] = frozenset(
    """angry mad furious annoyed irritated frustrated frustrating upset hurt hurts hurting sad depressed
    lonely alone isolated scared afraid frightened terrified anxious worried nervous stressed overwhelmed
    exhausted exhausting tired drained stuck hopeless helpless powerless trapped ashamed embarrassed guilty
    judged misunderstood unheard ignored betrayed disappointed resentful bitter confused lost torn unsure
    uncertain ambivalent pressured cornered pushed controlled disrespected insulted humiliated rejected
    abandoned invisible relieved hopeful proud empty numb burned burnt discouraged fear fears anger sadness
    shame grief pain painful scary unfair dismissed threatened vulnerable unsafe jealous weary wary
    skeptical sceptical suspicious doubtful defeated desperate miserable heartbroken devastated lonely
    resent resentment worry worries hate hates sick fed happy unhappy miss misses missing grieving cheated attacked blamed trusted untrusted
    distrustful nagged lectured watched criminal failure worthless useless excited thrilled uneasy uncomfortable
    restless irritable regret regretful""".split()
)
"""Feeling words: a reflection that names one the client did not say adds meaning (complex)."""

AMPLIFIERS: frozenset[str] = frozenset(
    "nothing nobody everyone everybody everything completely totally absolutely no-one never ever "
    "entirely whatsoever".split()
)
"""Absolute words: a reflection that adds one the client did not say is amplified (complex)."""

# Words that open a clause; used to cut unpunctuated speech into units when the word before is
# not one that would take a clause after it ("I wonder what..." stays together).
CLAUSE_OPENERS: tuple[str, ...] = (
    "what",
    "how",
    "why",
    "where",
    "when",
    "do you",
    "did you",
    "are you",
    "is it",
    "is that",
    "can you",
    "could you",
    "would you",
    "will you",
    "have you",
    "has it",
    "does it",
    "does that",
    "it sounds",
    "sounds like",
    "i hear",
    "i wonder",
    "i am curious",
    "i am wondering",
    "i notice",
    "i can see",
    "you need",
    "you have to",
    "you should",
    "you must",
    "tell me",
    "that is",
    "it is up",
    "it makes",
    "maybe you",
    "so you",
    "you are not alone",
    "no pressure",
    "i am sorry",
    "would it be",
    "can i",
    "could i",
    "may i",
    "let us",
    "it seems",
    "you feel",
    "you seem",
    "we have",
    "everything you",
)

GLUE_WORDS: frozenset[str] = frozenset(
    """know wonder ask asking asked tell told see understand decide decided think thought figure
    explore sure about of on in to for with from at by is was are be been and or that than like
    exactly matter idea me us you wondering curious notice noticed hear heard remember explain say
    share show what how why when where which who whatever however if whether because so not no
    just only even the a an this my your our their his her it its all any some am were really very
    too feel felt seem seems given despite after before into considering through exactly as thinks
    feels believe believes says wants wanted knows told telling tells suspect worry worries worried
    hope hoping wish guess realise realize decided expect expects sure afraid scared reckon actually
    something anything everything nothing someone anyone somebody anybody thing things stuff one
    suggestion recommendation advice problem point question truth fact reason plan concern issue
    trouble goal aim impression sense feeling risk danger worry hope thing said mentioned admitted explained
    agreed promised suggested hoped noticed saying suggesting asking implying meaning expecting do choose pick""".split()
)
"""Words after which a clause opener does not start a new unit ("tell me *what*", "is *that*")."""

LEADING_FILLERS = r"(?:(?:so|and|okay|well|um|uh|erm|like|but|then|right|now|hmm|oh|yeah|yes|alright|all right|look|hey|see|anyway|honestly|seriously|i mean|mm-hmm|sure|still|first of all|firstly|by the way|ah|ugh|oops|oof|lol|haha|omg)\s*,?\s+){0,6}"
"""Discourse fillers allowed before a unit's first real word ("so, um, what brings you here"); at most
six, as every repeat in a cue is bounded (an unbounded one is tried afresh at each position of a long
run of the same word, which makes coding time grow with the square of the reply's length)."""

TRAITS: tuple[str, ...] = tuple(
    """stupid dumb idiotic ridiculous pathetic lazy selfish irresponsible reckless careless thoughtless
    immature childish spoilt spoiled entitled ungrateful disrespectful rude cheeky dishonest sneaky
    manipulative weak cowardly spineless useless silly naive dramatic melodramatic hysterical paranoid
    stubborn defensive unreasonable lame pitiful gutless clueless brainless insane crazy nuts bonkers
    deluded delusional pig-headed arrogant possessive controlling obsessive insecure antisocial""".split()
)
"""Words for what a person *is* or *did wrong*, put as a verdict ("that's so selfish", "you're being
ridiculous", "how lazy"). Their own feelings ("you feel stupid") and a negation ("you're not lazy")
are not verdicts (see :data:`SHIELDS`)."""

LABELS: tuple[str, ...] = tuple(
    """brat child baby idiot moron fool loser bully liar cheat thief criminal addict alcoholic junkie
    druggie drunk drunkard failure hypocrite coward wimp snowflake quitter mess disgrace joke nightmare
    troublemaker psycho freak weirdo slacker layabout deadbeat manipulator abuser narcissist monster
    jerk prat muppet numpty waster bum menace nuisance liability embarrassment headcase nutcase wreck
    scrounger sponger chancer""".split()
) + (
    "drama queen",
    "attention seeker",
    "waste of space",
    "lost cause",
    "bad influence",
    "bad person",
    "bad parent",
    "bad mum",
    "bad mom",
    "bad dad",
    "terrible parent",
    "piece of work",
    "spoilt brat",
    "spoiled brat",
    "cry baby",
    "crybaby",
)
"""Names for a kind of person, put on the client ("you're acting like a brat", "typical addict")."""

HARMS: tuple[str, ...] = (
    "fired",
    "sacked",
    "arrested",
    "caught",
    "expelled",
    "excluded",
    "kicked out",
    "thrown out",
    "hurt",
    "killed",
    "sick",
    "ill",
    "nicked",
    "locked up",
    "sent down",
    "banned",
    "evicted",
    "dumped",
    "hooked",
    "addicted",
    "beaten up",
    "stabbed",
    "run over",
    "pregnant",
    "struck off",
    "done for",
    "in trouble",
)
"""What happens to someone who carries on: the harm a warning predicts ("you're going to get expelled")."""

HARM_STATES: tuple[str, ...] = (
    "dead",
    "homeless",
    "alone",
    "in hospital",
    "in prison",
    "in jail",
    "in a grave",
    "in trouble",
    "in a coffin",
    "in a wheelchair",
    "in court",
    "in care",
    "on the streets",
    "on the street",
    "sorry",
    "like your dad",
    "like your mum",
    "like your mom",
    "like your father",
    "like your mother",
    "like your brother",
    "like your sister",
    "like him",
    "like her",
    "like them",
    "an addict",
    "an alcoholic",
    "a drunk",
    "broke",
    "with nothing",
    "with no one",
    "with nobody",
    "a statistic",
)
"""Where carrying on leads, in a warning ("you'll end up in hospital", "you'll be sorry")."""

# --------------------------------------------------------------------------------------------------
# Cue patterns
# --------------------------------------------------------------------------------------------------

# adverbs before a word, at most four in a row ("really just kind of")
_ADV = r"(?:(?:completely|perfectly|entirely|fully|extremely|incredibly|really|just|honestly|actually|definitely|probably|seriously|still|also|totally|kind of|sort of|maybe|clearly|obviously|simply|only|absolutely|truly|so|very|quite|pretty|a bit|a little|at least|super|mega|proper)\s+){0,4}"

# longest first, so that "hurts" is tried before "hurt"; then alphabetically (never in set order)
_FEEL_WORDS = sorted(FEELINGS, key=lambda w: (-len(w), w))

MACROS: dict[str, str] = {
    # stance: verdicts, labels and warnings (see the stance tables below)
    "TRAIT": r"(?:" + "|".join(sorted(TRAITS, key=lambda w: (-len(w), w))) + r")",
    "LABEL": r"(?:" + "|".join(sorted(LABELS, key=lambda w: (-len(w), w))) + r")",
    "HARM": r"(?:" + "|".join(sorted(HARMS, key=lambda w: (-len(w), w))) + r")",
    "HARM_STATE": r"(?:" + "|".join(sorted(HARM_STATES, key=lambda w: (-len(w), w))) + r")",
    # absolute quantifiers: everyone, nobody, all kids...
    "ALL": r"(?:everyone|everybody|nobody|no one|no-one|all (?:kids|teenagers|teens|people|parents|adults|students|men|women|of us|the others)|every (?:kid|teenager|teen|parent|adult|student|single person|one of us|other kid|man|woman|person|mum|dad)|no (?:teenager|teen|kid|parent|man|woman)s?|other people|normal people|anyone with (?:half )?a brain)",
    "START": r"^" + LEADING_FILLERS,
    "ADV": _ADV,
    "FEEL": r"(?:" + "|".join(_FEEL_WORDS) + r")",
    "KIN": r"(?:kids?|children|child|son|daughter|family|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|parents?|health|future|job|marriage|life|grandkids|baby|boss)",
    "LEADING_FILLERS": LEADING_FILLERS,
    # after "you must": a guess at the client's state or taste, not an order ("you must like that
    # statue", "you must be exhausted", "you must have felt so alone")
    "MUST_GUESS": r"(?:like|love|enjoy|hate|miss|feel|think|wonder|know|get (?:tired|fed up|lonely|angry|frustrated)|be "
    + _ADV
    + r"(?:"
    + "|".join(_FEEL_WORDS)
    + r"|proud|pleased|glad|fed up|wondering|thinking|feeling|exhausted|relieved|thrilled|excited|worn out|wiped out|shattered|knackered|gutted|done in|sick of|tired of)|have "
    + _ADV
    + r"(?:been|felt|thought|wondered|wanted|missed|loved|hated|had|seen|known))\b",
    # after "you have to be" / "you need to feel": a state guessed or an inner need named, not an order
    "STATE_GUESS": r"(?:"
    + "|".join(_FEEL_WORDS)
    + r"|fed up|worn out|wiped out|shattered|knackered|gutted|sick of (?:it|this|that|all)|tired of)",
    "INNER_NEED": r"(?:heard|understood|respected|listened to|believed|supported|valued|seen|safe|in control|trusted|accepted|cared for|appreciated|noticed|taken seriously)",
    # imperatives that give nothing to obey: an invitation to correct the counsellor ("stop me if I'm
    # wrong") and hospitality ("take a seat wherever you like", "make yourself comfortable")
    "NOT_ORDER": r"(?:(?:stop|correct|interrupt) me (?:if|when|whenever|any ?time|at any)\b|(?:take|have|grab|pull up) a (?:seat|chair|pew)\b|sit (?:down )?(?:wherever|anywhere|where you like)\b|make yourself (?:comfortable|at home)\b|help yourself\b|come (?:on )?in\b|go (?:on|ahead)\b|keep going\b|carry on\b|continue\b|please do\b|do\b(?=\s*[,.!]|$)|go for it\b|(?:walk|talk) me (?:through|thru)\b|tell me (?:more|again|about|what|how|why|if|when|where|who|which|a bit|a little|something|anything)\b|remind me\b|say (?:more|that again)\b|fill me in\b|help me understand\b|describe\b|explain\b|(?:do|did|does|have|has|can|could|will|would|should|is|are|was|were) (?:you|they|we|i|he|she|it|people|your|my|anyone|anybody|someone|there)\b)",
}

CONFRONT: tuple[str, ...] = (
    # sarcasm and minimising the feeling ("because that's worked so well", "no reason to be that upset")
    r"\b(?:that|it|this) (?:is|has) (?:worked|working|gone|going) (?:out )?(?:so|really|just|real) (?:well|great|brilliantly)\b|\b(?:that|this) is a new one\b",
    r"\bno (?:reason|need|call) to (?:be|get|feel) (?:that|so|this|all that) (?:upset|angry|worked up|stressed|worried|anxious|sad|dramatic|emotional|bothered)\b",
    # the feeling waved away: there is no point in it, or it is surely nothing
    r"\b(?:no|not much|little) (?:point|use|sense) (?:in )?(?:getting|being|feeling|worrying|crying|dwelling|stressing|fretting|moaning|complaining|going on)\b|\bi am (?:sure|certain) (?:that )?(?:it|that|everything|things|they|he|she)(?: is| are| will| was| would)?(?: all)?(?: be)?(?: probably)?(?: going to be)? (?:fine|okay|ok|all right|alright|nothing|not that bad|not as bad)\b(?! (?:to|if|for|with|by|that)\b)|\b(?:it is|that is) (?:probably )?nothing (?:to worry about|really|serious)\b|{START}(?:it is|that is|it was|that was) (?:probably |likely |almost certainly |most likely )?nothing\s*[.!]*$",
    r"\bnot worth (?:getting|being|feeling) (?:so |that |all )?(?:worked up|upset|angry|stressed|worried|bothered|wound up|het up)\b|\bnot worth (?:worrying|crying|stressing|fretting|losing sleep) (?:about|over)\b|\bi am sure (?:that )?(?:they|he|she|it|nobody|no one) (?:did not|does not|did not really|never) mean(?:t)? (?:it|anything|any harm|to)\b",
    # consequences threatened ("this will kill you", "your kids will end up hating you")
    r"\b(?:this|that|it|drinking|the drinking|using|smoking|the drugs) (?:will|is going to|could|can|would) (?:end up )?(?:kill|killing|destroy|destroying|ruin|ruining|wreck|wrecking) (?:you|your)\b|\byour (?:kids|children|son|daughter|wife|husband|partner|family|boss|friends) (?:will|are going to|is going to|would) (?:end up )?(?:hate|hating|leave|leaving|walk out|stop talking to|give up on|never forgive) (?:you|on you)\b",
    # the warning left unsaid ("you know where this ends")
    r"\byou know (?:where|how) (?:this|that|it) (?:ends|will end|is going|goes|is heading)\b",
    # labels
    r"\byou are {ADV}(?:an? )?(?:addict|alcoholic|junkie|drunk|druggie|liar|failure|mess|hypocrite|coward|child|baby|victim)\b",
    r"\b(?:an? |the )?(?:addict|alcoholic|junkie|druggie)s?\b",
    r"\b(?:in|living in) denial\b",
    r"\byou are {ADV}(?:being )?{ADV}(?:lazy|selfish|irresponsible|ridiculous|childish|dramatic|difficult|defensive|stubborn|unreasonable|silly|immature|dishonest|paranoid|weak|pathetic|crazy|hysterical|manipulative|in the wrong|the problem|the one with the problem)\b",
    r"\b(?:stop )?(?:being|be) so (?:defensive|dramatic|negative|difficult|stubborn|sensitive|touchy|resistant|childish)\b",
    r"\byou (?:obviously|clearly) (?:have|are|do|can)\b",
    r"(?:^{LEADING_FILLERS}|[,;] )you (?:clearly |obviously |really |definitely )?have an? (?:\w+ )?(?:problem|addiction|issue)\b",
    r"\byou are the one (?:who|that) (?:chose|decided|picked|did|drank|made|keeps|started|caused)\b|\b(?:nobody|no one) (?:forced|made) you\b",
    r"\byou can not (?:seriously|really|honestly) (?:believe|think|expect|mean)\b|\b(?:way|much|a lot|far) more than (?:that|you (?:say|said|are saying|admit|let on|think))\b",
    r"\b(?:your|the) (?:drinking|using|behaviou?r|attitude|anger|temper|habit) is (?:the|a|clearly|obviously|out of|destroying|ruining|hurting|killing)\b",
    # arguing, correcting, doubting honesty
    r"\b(?:that|this|it) is {ADV}(?:not true|not right|not the case|wrong|ridiculous|nonsense|rubbish|a lie|bull\w*|not how it works|not what happened|not fair to (?:them|her|him|your))\b(?! of me\b)",
    r"\byou are {ADV}(?:wrong|lying|kidding|exaggerating|overreacting|making excuses|blaming|not being honest|fooling|in no position|not listening|not trying|missing the point|avoiding|deflecting|minimi[sz]ing)\b",
    r"\byou are (?:your own worst enemy|your own problem|the only one to blame)\b|\bact (?:like|your) (?:one|an adult|a grown-up|age)\b|\bi am not (?:buying|having) (?:it|that|this|any of it)\b",
    r"\byou (?:said|told me) (?:that|the same|this|all this) (?:thing )?(?:last (?:time|week|month)|before|yesterday|every (?:time|week))\b|\bi do not {ADV}(?:believe|buy) (?:you|that|it|this|a word)\b|\b(?:you|do you) {ADV}expect (?:me|anyone|us|people) to (?:believe|buy|swallow)\b",
    r"\b(?:i doubt|yeah right|as if|oh please|give me a break|nice try)\b",
    # a label negated ("these aren't excuses", "it's not an excuse") takes the label away: see VALIDATION
    r"\b(?:excuse|excuses)\b(?<!not excuse)(?<!not excuses)(?<!not just excuses)(?<!not an excuse)(?<!not some excuses)(?<!not making excuses)(?<!never an excuse)|\bblame (?:everyone|everybody|others|other people)\b",
    r"\bbe honest with yourself\b|\bface (?:it|the facts|reality)\b|\bthe (?:fact|truth|reality) is\b",
    r"\bif you (?:were|are) (?:really|being) honest\b",
    # doubting honesty, asked: a question about whether the client tells the truth accuses
    r"\b(?:are|were) you (?:really |actually |honestly |even |just )?(?:lying|being (?:completely |totally |fully |entirely |really )?(?:honest|truthful|straight)|telling (?:me )?(?:the (?:whole |full )?truth|a lie|lies|stories|porkies)|having me on|pulling my leg|making (?:this|that|it|all this|all that) up|kidding me)\b",
    r"\b(?:not sure|not convinced|wonder if|wonder whether|wondering if|wondering whether|doubt) you (?:are|were) (?:being (?:honest|truthful|straight)|telling (?:me )?the (?:whole )?truth|lying)\b",
    r"\b(?:are|were) you (?:sure|certain|positive|really sure) (?:that )?(?:you are|you were|you have been|that is|this is|it is|that was|it was) (?:really |actually |completely |totally |being ){0,6}(?:honest|truthful|straight|telling (?:me )?(?:the (?:whole |full )?truth|everything)|the (?:whole|full) (?:truth|story)|true|all)\b",
    r"\b(?:is|was) (?:that|this|it) (?:really|actually|honestly|even|seriously) (?:true|the truth|the case|what happened|the whole story|how it went)\b",
    r"\bcome on,? (?:really|seriously)\b",
    r"\byou (?:know|knew) {ADV}(?:that )?(?:this|that|it|you|drinking|using) (?:is|are|was) (?:not|wrong|bad|a problem|the problem|hurting)\b",
    r"\bhow (?:could|can) you\b|\bwhat (?:were you (?:thinking|playing at)|kind of (?:a )?(?:father|mother|parent|person|man|woman|example|message|role model|husband|wife|son|daughter))\b",
    r"\bwhy (?:would|do|did) you (?:even|keep|always|never)\b|\bwhy (?:do|did) you even\b",
    # a why-question that judges the act: it asks for no reason, it says there was none
    r"\bwhy (?:on earth |the hell |in the world )?would (?:you|anyone|anybody) (?:ever )?(?:do|say|think|go and do|want to do) (?:that|this|something like that|a thing like that|such a thing)\b|\bwhy on earth\b|\bwhy the hell\b|\bwhat were you thinking\b",
    r"\byou (?:always|never) (?:do|say|blame|make|listen|try|take|think)\b",
    r"\byou keep (?:doing|making|lying|blaming|choosing|picking|going back|drinking|ignoring|repeating|saying (?:that|the same))\b|(?<!if )\bnothing (?:ever )?(?:changes|changed|will change)\b",
    r"\b(?:lying to|kidding|fooling) yourself\b|\b(?:feel|feeling) sorry for (?:yourself|you)\b|\bself-pity\b|\bpity party\b|\bhear yourself\b|\b(?:do|can|did|are) you even\b",
    r"\b(?:you can not|you can not keep|stop|quit) blam(?:e|ing)\b|\bother people (?:manage|do it|can|cope|get by|stop|quit)\b|\bso can you\b|\bif (?:they|i|he|she|others) can\b.{0,20}\byou can\b",
    r"\b(?:a (?:bit|little) |so |very |rather |overly )(?:dramatic|melodramatic)\b|\ba (?:bit|little) (?:much|over the top)\b|\b(?:deserve|deserves) better\b|\byour own (?:choices|fault|doing|decisions|actions|behaviou?r) (?:that |which )?(?:got|put|brought|led|landed|caused)\b",
    r"\byou are {ADV}(?:making (?:this|it|things|life|everything) (?:\w+ )?(?:harder|worse|more difficult)|(?:only )?(?:hurting|sabotaging|holding back) yourself|your own (?:worst )?(?:enemy|problem))\b",
    r"\byou are not (?:really |even )?(?:trying|serious|committed|listening|being honest|being straight|taking (?:this|it) seriously)\b|\b(?:is|are) not (?:normal|acceptable|healthy|okay for|right for)\b",
    r"\bwhat (?:else )?did you expect\b|\b(?:the|your) (?:addiction|disease|drink|alcohol|booze) talking\b|\bmountain out of a molehill\b|\byou are (?:just )?making (?:a big deal|a fuss|too much) (?:of|about|out of)\b|\bblowing (?:it|this|that) (?:out of proportion|up)\b",
    r"\bconvenient (?:story|excuse|explanation|way)\b|\bthat is (?:just )?(?:a |an )?(?:cop-out|cop out|rationali[sz]ation|justification)\b",
    r"\bthe (?:real |only |main )?problem (?:here )?is (?:that )?you\b|\b(?:saying|said|heard|told me) (?:that|this|the same thing) (?:for|since|before|a hundred|a million|every|over and over)\b|\bnobody (?:just )?(?:drinks|does that|accidentally|ends up|gets drunk)\b",
    r"(?:\bnot|\bso-called|\bcall(?:ing)? (?:it|that)|\bnobody \w+ (?:\w+ ){0,5}) ['\"][^'\"]{2,30}['\"]",
    r"\b(?:only|just) (?:here|doing this|saying that|came|sorry) because (?:you (?:got caught|have to|had to|were told|were forced|were made)|of the court|the court)\b|\byou got caught\b",
    r"\bif you (?:had not|had never|did not|were not|had just|had only)\b.{0,50}\b(?:would not|would never|would have)\b|\b(?:a bit|pretty|rather) rich\b|\brich coming from\b",
    r"\b(?:fault|problem|blame) except (?:you|yours)\b|\b(?:everyone's|everyone is|everyone else's|everyone) fault\b|\bwhy would (?:anyone|anybody|i|we|they|she|he) (?:believe|trust)\b|\byou chose to (?:drink|use|pick|get drunk|have (?:a|that|another)|take|go to the pub)\b",
    r"\b(?:that|this|it) (?:does not|do not) make (?:any )?sense\b",
    r"\bstart acting like\b|\bact your age\b|\bgrown (?:adult|man|woman)\b|\bwhich (?:one )?is it\b|\bthat is not what you (?:said|told me)\b|\b(?:come off it(?=\s*[.!,]*$|,)|get real|give it a rest|spare me)\b",
    r"\b(?:you|do you|are you) (?<!what you )(?<!how you )(?<!whatever you )(?<!what do you )(?<!how do you )(?:really|honestly|seriously) (?:think|believe|expect|telling me|going with)\b|\b(?:really|honestly|seriously) the (?:story|truth|version)\b|\b(?:nobody|no one) (?:believes|buys) (?:that|it|you)\b|\bdeep down you (?:know|do not)\b",
    r"\bpeople (?:who|that) (?:drink|use|gamble|smoke|carry on) like (?:you|that|this)\b|\bend up (?:losing|dead|in (?:prison|jail|hospital)|alone|on the street|homeless)\b|\bif you (?:really|truly|actually) (?:loved|cared|wanted)\b",
    r"\b(?:that|this|it) is {ADV}(?:a |an )?{ADV}(?:selfish|irresponsible|immature|childish|pathetic|ridiculous|stupid|naive|reckless|dangerous|lazy|silly)\b",
    r"\bnot how (?:a|an) (?:good|decent|responsible|real|proper|loving) \w+ (?:behaves|acts|does|talks|treats)\b|\bthat is not what (?:a|an) (?:good|decent|responsible|real|proper|loving) \w+\b",
    # sarcasm
    r"^(?:oh )?(?:great|wonderful|brilliant|perfect|fantastic)\W+(?:another|here we go|more|so now)\b",
    # mock-praise, the mocking guess and the problem handed back ("that's a great attitude", "let me
    # guess, ...", "sounds like a you problem")
    r"\b(?:that is|what) (?:a |an )?{ADV}(?:great|lovely|brilliant|fantastic|wonderful|nice|fine|charming|super|mature|healthy) attitude\b|{START}(?:oh,? )?(?:great|lovely|brilliant|fantastic|wonderful|nice|charming|super) attitude\b|{START}(?:oh,? )?let me guess\b(?! (?:at|what you (?:might|may) be feeling)\b)|\ba you (?:problem|thing|issue)\b|\b(?:everyone|everybody|someone|somebody|anyone) else(?: is|'s)? (?:to blame|the problem|at fault|fault)\b",
    r"\b(?:that is|this is|it is) {ADV}(?:brilliant|great|wonderful|fantastic|lovely|perfect|marvellous|super|smart|clever)\b,? (?:is it not|is not it|innit|eh)(?=\s*[.!?]*$)",
    r"\b(?:oh|yeah) (?:sure|great|wonderful|brilliant)\b|\byeah right\b|\bhere we go again\b|\banother (?:excuse|story|reason)\b",
    r"{START}(?:okay,? |sure,? |right,? )?(?:whatever you say|if you say so|sure you (?:do|did|are|will|have|can|were|would)|i am sure you (?:do|did|are|will|have|were|would))\b(?:[\s,.!]+(?:pal|mate|buddy|man|dude|boss|chief|champ|sunshine|sweetheart|love|friend|my friend|lol|haha))?(?=[\s.!]*$|,)",
    r"\b(?:right because|right, because)\b",
    # blame, shame, moralising
    r"\b(?:it is|this is|that is) {ADV}(?:all )?(?:your|you're) (?:own )?(?:fault|doing|problem|responsibility)\b",
    r"\byou (?:brought|did) (?:this|it|that) (?:on|to) yourself\b|\byou only have yourself to blame\b|\byou have (?:only )?yourself to blame\b",
    r"\b(?:shame on you|ashamed of yourself|you should be ashamed|should know better|you know better)\b",
    r"\b(?:think about what|look at what) you(?:'ve| have)? (?:are )?(?:doing|did|done)\b",
    r"\bit is (?:wrong|selfish|irresponsible|not okay|not fair) (?:to|of you)\b",
    r"\bthat is (?:selfish|irresponsible|immature|childish|pathetic|no excuse|a cop out)\b",
    # minimising
    r"\b(?:it|that|this) is {ADV}not (?:that|so|such a|a|really that) (?:bad|big|hard|serious|terrible|deal|big deal)\b",
    r"\bnot (?:that|such a|a) big (?:deal|thing)\b|\bno big deal\b",
    r"\b(?:everyone|everybody) (?:goes through|deals with)\b",
    r"\bat least (?:you|it|they|your|he|she|that)\b",
    r"\bcould (?:be|have been) (?:a lot |much |way )?worse\b|\b(?:other|some|lots of|many|plenty of|most|a lot of) people (?:have|had) it (?:a lot |much |way |far )?worse\b|\b(?:way|much|a lot|far) worse than you\b",
    r"\byou(?:'ll| will) (?:get over it|be fine|be okay|be all right)\b|\bget over it\b|\bcheer up\b|\blook on the bright side\b|\bsnap out of it\b|\bman up\b|\bgrow up(?<!kids grow up)(?<!children grow up)(?<!them grow up)(?<!son grow up)(?<!daughter grow up)(?<!grandkids grow up)\b|\bsuck it up\b",
    r"\byou are {ADV}overreacting\b|\bit is all in your head\b|\bthat is nothing\b|\bnothing to (?:be upset|cry|worry) about\b",
    # warnings of consequences
    r"\bif you (?:keep|continue|carry on|go on|do not|will not|can not|refuse)\b.{0,120}\b(?:you will|you are going to|you could|you might|you may|you are gonna|you will end up|they will|she will|he will|it will|that will|you are)\b.{0,120}\b(?:lose|end up|die|kill|ruin|regret|fired|destroy|jail|prison|court|hospital|leave you|take|worse|over|gone|homeless|alone|dead|sorry|custody|away)\b",
    r"\byou (?:will|are going to|could|might|may) (?:lose|end up|die|kill yourself|ruin|regret|get fired|destroy|go to jail|wind up)\b",
    r"\b(?:keep (?:this|that) up|carry on like this|go on like this|keep going like this|at this rate)\b",
    r"\b(?:you are|you will be) (?:on|heading (?:for|toward)|going down) (?:a |the )?(?:road|path|slippery)\b|\bdo you want to (?:lose|end up|die|ruin)\b",
)
"""Disagreeing, arguing, correcting, labelling, blaming, shaming, warning, sarcasm, minimising."""

DIRECT: tuple[str, ...] = (
    r"\byou (?<!if you )(?<!when you )(?<!whenever you )(?<!in case you )(?<!unless you )(?<!do you )(?<!did you )(?<!does you )(?<!will you )(?<!would you )(?<!can you )(?<!could you )(?:{ADV})(?:need|have|must|got|have got) to\b(?! {ADV}(?:be|feel) {ADV}(?:{STATE_GUESS}|{INNER_NEED})\b| {ADV}feel (?:like|that|as if|as though)\b)|\byou (?:{ADV})must\b(?! {ADV}{MUST_GUESS})|\byou (?:have |had )?{ADV}(?:got|gotta) to\b(?! {ADV}(?:be|feel) {ADV}(?:{STATE_GUESS}|{INNER_NEED})\b)",
    r"{START}(?:now|right now|today|immediately|this minute)\s*[.!]*$|{START}(?:be honest)\b",
    r"\byou are {ADV}going to (?:have|need) to\b|\byou will (?:have|need) to\b|\byou are (?:going to|gonna) (?:keep|go|do|write|call|stop|start|attend|tell|take|sign|bring|come|try|make)\b",
    r"\byou (?:{ADV})need (?:help|treatment|rehab|detox|support|professional help|a (?:detox|program|programme|meeting|sponsor|doctor))\b|\bwe (?:really )?(?:need|have|must|got) to (?:get|move|finish|focus|stay|keep|cover|crack|make|talk about|discuss|deal with|address|sort|fix|tackle|do something about)\b|\byour (?:homework|task|job|assignment) (?:for (?:this|the|next) week )?is to\b",
    r"(?:\bso |, |\band |\bnow )(?:please )?just (?:stop|quit|do|go|answer|say|admit|tell|try harder|get)\b|\bdo not (?:even )?(?:think about|dare|try)\b|\bno arguments\b",
    r"\bi (?:{ADV})(?:need|want|expect) you to\b|\bi am (?:going to )?(?:need|have to ask|asking|telling) you to\b",
    r"(?:^{LEADING_FILLERS}|\bjust |\bnow |, )do it\b(?!\s+(?:is|was|for|because))|{START}(?:please |now )?just (?:stop|quit|do|go|answer|say|admit|tell|try harder|get)\b",
    # "stop/quit ..." is an order only where an imperative can stand: at the start of a clause, after
    # fillers, "please", "just" or "now" ("stop drinking", "so just stop it"), never after a modal, "to"
    # or a subject ("you should stop drinking" advises, "you want to stop drinking" reflects)
    r"(?:^{LEADING_FILLERS}|[,;:] (?:and |so |then |now )?|\bjust (?<!i just )(?<!you just )(?<!we just )(?<!they just )(?<!to just )|\bplease |\bnow ,? ?)(?:please )?(?:just )?(?:(?:stop|quit) (?!(?:me|by|in|at|whenever|anytime|any time)\b)\w+ing\b|stop (?:it|that|this|now|there)\b)",
    r"{START}(?:that is |okay |right )?enough(?: now| of that| already)?\s*[.!]*$|\benough is enough\b|\benough (?:excuses|of (?:this|that|the excuses))\b",
    r"\bwe do not have (?:time|all day|forever)\b|\bwe (?:are|are running) (?:running )?out of time\b|\b(?:hurry|hurry up|let us go(?=\s*[.!]*$| now\b| then\b)|move on|chop chop|quickly now)\b|\bcome on(?=\s*(?:[,.!]|$|now|then|just|you|seriously|really|already))",
    r"\blet us (?:just )?(?:get (?:on|to|back|started|this)|move|focus|stay|not waste|cut|skip to)\b",
    r"\b(?:answer|just answer) (?:the|my) question\b|(?<!can )(?<!could )(?<!would )(?<!will )(?<!to )(?<!was )(?<!were )(?<!being )(?<!i will )(?<!ill )\bbe honest\b(?! with yourself)|\bit is time (?:for you )?to\b|\bno more (?:excuses|drinking|using|games)\b",
    r"\b(?:can|could|will|would) you (?:please )?(?:just )?(?:stop|calm down|listen|relax|be honest|answer|admit|focus|sit|try harder|take this seriously|grow up|pay attention|cooperate|quit)\b",
    r"(?:^{LEADING_FILLERS}|[,;] |\bjust |\bplease |\bnow |\band )(?:do not|never) (?:you )?(?:dare|drink|use|go|touch|talk back|interrupt|raise|lie|give me|start|do that|walk|leave|come)\b",
    r"\b(?:i am|i have been) (?:telling|asking) you\b|\bthis is not optional\b|\bno (?:ifs|buts|arguments|excuses)\b|\b(?:it is )?non-negotiable\b",
    r"\b(?:i want|i need) (?:an answer|you to|a commitment|a promise)\b|\bpromise me\b|\bmake sure you\b",
    # imperative verbs opening a unit; "tell me more/about/what..." is an open question, not an order
    r"{START}(?:please )?(?!{NOT_ORDER})(?:(?:calm|settle) down|listen(?: to me)?|look at me|relax|focus|concentrate|sit (?:down|up)|stop|quit|go (?:to|and|home|back)|get (?:help|it together|a grip|your|over|some|on|to|rid|off)|put (?:down|the|that|it|your)|take (?:responsibility|control|ownership|a breath|this seriously|it seriously|your meds|the pills)|answer|admit|accept|pull yourself|deal with it|face|pay attention|write (?:down|this|it)|call|ring|go|promise|commit|throw|pour|cut it out|knock it off|drop it|wake up|be (?:honest|serious|realistic|quiet|careful|responsible)|give (?:me|it|up)|show me|hand over|move on|own (?:it|up)|do (?:your|the|it|what|something|as)|make (?:a|an|the|sure|it)|tell me (?!more\b|about\b|what\b|how\b|why\b|a bit\b|a little\b|something\b|anything\b|if\b|when\b|where\b|who\b|which\b))\b",
    r"{START}(?:please )?tell me\s*[.!]?$",
    r"(?<!not )(?<!never )(?<!should )(?<!would )(?<!you )(?<!i )(?<!we )(?<!they )(?<!he )(?<!she )\b(?:has|have|needs|need|must) to (?:stop|end|change|go)\b(?!.{0,120}\b(?:feel|think|say|says|said|believe|told|telling)\b)|\bfull stop\b|\byou are not (?:leaving|going anywhere|getting out)\b|\buntil (?:we|you) (?:agree|sort|have|get|promise|commit|sign|say yes)\b",
    r"\bwe (?:will|are going to) (?:sort out|deal with|focus on|stick to|stay on) (?:your|the) (?:drinking|using|problem|issue|plan)\b|\b(?:talk about|get to|deal with) (?:that|your \w+|it) later\b",
    r"(?:, so |\bso |, and |, then |\bnow ,?|\band then )(?:just )?(?:sit|stand|stop|listen|calm|go|get|put|give|hand|call|ring|book|answer|relax|focus|start|quit|pull)\b(?! (?:me more|you|would|will|is|can|could|might|helps|has|may|does|was|are|really|of|out|on|through)\b)",
    r"{START}(?:please |now |so |okay |(?:first thing )?(?:tomorrow|tonight|today|this week|next time)(?: morning)?,? )?(?:just )?(?!{NOT_ORDER}|take (?:your|all the|as much|a (?:moment|minute|second|breath if))|go (?:on|ahead)|come (?:in|on in)|see (?:you|if|what|how)|keep going|do not\b|do you|only |tell me (?:more|about|what|how|why|a bit|a little|something|anything|if|when|where|who|which)|talk (?:me|about|to me about)|make (?:yourself|sense)|have a (?:seat|good)|feel free|let me|let us|be kind|be gentle|give (?:yourself|it) (?:time|a (?:moment|minute|second))|do (?:you|not (?:have|need))|find (?:out )?what)(?:get|go|take|put|call|ring|make|throw|pour|write|keep|start|sit|stand|come|bring|leave|give|find|avoid|cut|do|use|show|book|see|talk|answer|admit|accept|promise|commit|drop|hand|move|own|wake|face|pay|pull|deal|snap|grow|sort|fix|clean|check|apply|join|attend|phone|email|text|delete|block|lock|hide|empty|skip|limit|swap|switch|replace|follow|set|schedule|count|track|log|record|note|eat|sleep|exercise|breathe|hurry|hang|stay|quit|stop|listen|relax|focus|calm|tell|drink|sign|apologise|apologize|speak|walk|buy|read|reach)\b(?! (?:me more|you|would|will|is|can|could|might|helps|has|may|does|was|are|really)\b)",
    r"\byou (?:can not|will not be able to) (?:just )?(?:keep|go on|carry on) (?:doing|like|living|drinking|using|with|this|that)\b",
    r"\byou will (?:go|be going|do|take|stop|call|attend|come|start|quit|give|hand|write|make|be there|sign|report|show up|turn up|comply|follow)\b(?! (?:at your|through|back to|find|see|feel|decide))|\bno (?:skipping|exceptions|arguing|drinking|more (?:drinking|chances|excuses))\b",
)
"""Orders, commands, rushing and insisting."""

PERSUADE: tuple[str, ...] = (
    r"(?<!suits )(?<!suit )(?<!suited )(?<!know )(?<!knows )(?<!make )(?<!makes )(?<!help )(?<!helps )(?<!fits )(?<!fit )(?<!than )\byou (?:{ADV})(?:should|ought to|would be better off|had better|would better|better)\b(?! {ADV}(?:be|feel) {ADV}(?:so )?(?:proud|pleased with yourself|chuffed|good about (?:that|this|it|yourself|what you|how you))\b| give yourself (?:\w+ )?(?:credit|a pat on the back)\b)",
    r"\b(?:would|will)\b.{0,40}\bif you (?:just |only )?(?:cut|stopped|quit|went|tried|gave|drank|did|got|started|took|stayed|switched|kept)\b",
    r"\b(?:it|that) (?:would|might|could|will) (?:really )?be (?:a )?(?:good|better|best|wise|smart|healthier|great|helpful|a good idea|a great idea|worth it|worth your while) (?:idea )?(?:for you )?(?:to|if you|for you to)\b",
    r"\bi (?:{ADV})(?:think|feel|believe|reckon) (?:that )?you (?:should|ought|need to|have to|must|would be better|could just|might want to)\b",
    r"\bthe (?:best|right|smart|only|first|healthiest|safest|wisest|sensible|obvious|easiest) (?:thing|option|move|step|way|choice)(?: to do| for you)? (?:would be|is|would|right now)\b",
    r"\b(?:a|one) (?:good|better|great) (?:idea|thing|option|plan|way) (?:would be|is|might be|could be)\b",
    r"{START}(?:just )?try (?:to|and|not)\b|(?<!me )(?<!i )(?<!we )(?<!us )(?<!you )(?<!they )(?<!he )(?<!she )(?<!people )\btry (?:to|and) (?!understand|figure out what|see what|pull|sum|put)",
    r"\b(?:have|did) you (?:ever )?(?:like |maybe |just )?(?:tried|thought about|considered|looked into|thought of)\b|\bever (?:tried|thought about|considered) (?:going|talking|stopping|cutting|quitting|getting|joining|taking|seeing|calling|trying|aa|rehab|therapy|a group|meetings|exercise|meditation)\b",
    r"\bwhy (?:do not|not|can not|will not) you (?:just )?\w+\b|\bwhy not (?:just )?\w+\b",
    r"\bwhat if you (?:just |simply |tried|were to|went|stopped|cut|gave|talked|started|called|did)\b|\bwhat about (?:trying|going|talking|stopping|cutting|getting|joining|calling|seeing|taking)\b|\bhow about (?:you(?= [a-z])(?! (?:and|tell|say|share|talk|describe|what|how)\b)|if you|we get you|(?!(?:some|any|no|every)thing\b)[a-z]+ing)\b",
    r"\b(?:maybe|perhaps) (?:you |what you )?(?:could|can|should|might|need to|ought|just|would)\b(?! (?:be|feel|have been|want to (?:talk|tell|share|say)|not want))|\b(?:maybe|perhaps) (?:try|think about|consider|give it|go|talk|cut)\b",
    r"\b(?:do you|would you) (?:not )?(?:think|agree) (?:that )?(?:it|drinking|stopping|cutting|this|you) (?:would|might|could|is|should|need)\b(?=.{0,120}\b(?:better|good|help|stop|cut|quit|change|should)\b)",
    r"{START}(?:just )?(?:think about|consider|imagine|remember|picture) (?:your|how|what (?:your|this|it)|the)\b",
    r"\bthink (?:about|of) (?:your|the) {KIN}\b|\byou owe it to\b|\bdo it for (?:your|them|him|her)\b|\bwhat about your {KIN}\b",
    r"\bif i (?:were|was) you\b|\bmy (?:advice|suggestion|recommendation)\b|\bi (?:would|'d|strongly|really) (?:suggest|recommend|advise|encourage)\b|(?<!anything )(?<!whatever )(?<!what )\bi (?:suggest|recommend|advise|urge)\b|\byou (?:might|may) (?:want|wish|like) to (?:try|consider|think|look|go|cut|stop|start|talk|get)\b",
    r"\b(?:should not you|should you not) (?:be|think|try|go|stop|cut|get|talk|consider)\b",
    r"\b(?:do you not|do not you|would it not|would not it|would you not|is it not|is not it) (?:think|be (?:better|easier|good|nice|wise|best)|agree|feel|want(?! to (?:talk|tell|say|share|explain|ask|add|know|hear|go on|carry on|take a (?:break|moment|minute|breather))\b))\b",
    r"\b(?:it is|it would be) (?:important|time|crucial|essential|vital|necessary|really important) (?:for you )?to\b",
    r"\b(?:aa|na|rehab|a support group|support groups?|meetings?|medication|exercise|therapy|counselling|counseling|detox|a program(?:me)?|meditation|a sponsor|journaling|cutting back|cutting down|quitting|stopping) (?:would|could|might|will|really)(?: really)? (?:help|do you|make|work|be good|change)\b",
    r"\b(?:it|that|this|stopping|quitting|cutting down|cutting back|sobriety|getting help) (?:will|would|could) (?:really )?(?:help you|make you feel|be good for you|make (?:a|all the|such a) (?:big )?difference|change your life|help your)\b|\byou (?:will|would) feel (?:so much |a lot |much )?better (?:if|once|when)\b",
    r"\bif you (?:just|only|really) (?:tried|stopped|went|gave|wanted|put|made|listened|cut|did)\b",
    r"\b(?:is|are) (?:bad|harmful|dangerous|not good|terrible|toxic|poison) for (?:you|your)\b|\byou (?:know|realise|realize) (?:that )?(?:you|it|drinking|this) (?:need|needs|should|has to|have to|is bad)\b",
    r"\bone thing that (?:helps|works|can help|might help|could help|really helps|has helped)\b|\b(?:it|that|this) (?:might|may|could|would|will) (?:really )?be (?:well )?worth\b|\bi bet\b(?=.{0,40}\b(?:better|improve|help|easier|happier|healthier|glad|thank)\b)|\bit is (?:really |so |very )?(?:important|essential|crucial|vital) (?:that you|for you)\b",
    r"\bif you (?:stopped|quit|cut|went|tried|gave up|got|started|drank less|did)\b(?!.{0,60}\b(?:worse|harder|failed|fail|lose|lost|awful|terrible|scary|hurt)\b).{0,40}\b(?:would|will|could|might)\b(?! {ADV}(?:know|have known|find out|realise|realize|understand|wonder|notice|see)\b)|\byou would (?:\w+ ){0,4}(?:if|once|when) you (?:quit|stopped|cut|gave|went|tried|drank|did|got|started)\b|\byou would (?:save|sleep|have|feel|look|be|get)\b.{0,25}\b(?:if|once|when) you\b",
    r"\b(?:would|will|might|could) be (?:a )?(?:really )?(?:good|great|smart|sensible|healthy|wise|better|healthier|helpful) (?:start|idea|first step|step|move|option|place to start|thing to do|choice)\b|\b(?:is it|maybe it is|it might be|perhaps it is) (?:maybe |perhaps |about |now )?time (?:to|for you to|you)\b",
    r"\bwhat about (?:just |maybe |simply )?(?:not|trying|going|stopping|cutting|getting|joining|calling|seeing|taking|talking|buying|keeping|leaving|putting|having|switching|asking|telling)\b|(?<!anything )(?<!whatever )(?<!what )\bi (?:would |really |strongly |do ){0,6}(?:encourage|urge|advise|recommend|suggest)\b(?! (?:we|that we))|\bbetter off (?:if|without|when)\b|\b(?:would not|do not|will not) (?:your|the) \w+ be (?:better|happier)\b",
    r"\b(?:could|can) do (?:a lot |much |far )?worse than\b|\bi would (?:start|begin) (?:by|with)\b|\bi would (?:just )?(?:get|take|go|try|cut|stop|ask|talk|tell|start|quit|ditch|bin|pour|avoid|stay|keep)\b(?! (?:you|to know|to hear|to understand|to you|with you|it through with you))|\b(?:most|many|a lot of|lots of|some) people find (?:that )?(?:it )?(?:is )?(?:helps|helpful|easier|useful|better|it helps)\b",
    r"\bwould be a (?:better|good|healthier|great|safer) (?:way|option|idea|outlet|alternative|choice|place|bet)\b|\b(?:would not|will not) (?:your|the|it|life|things)(?: \w+)? be (?:better|easier|simpler|happier|nicer)\b|\bit (?:would )?makes? (?:a lot of |good |more )?sense (?:for you )?to (?!feel|be (?:angry|upset|scared|worried|wary|careful|cautious|unsure)|want|have|worry)",
    r"\bis (?:the|your) (?:best|right|smart|only|safest|healthiest|obvious) (?:option|choice|thing|way|bet|move|plan)\b",
    r"\bthe sooner you\b|\bit is (?:in|for) your (?:own )?(?:best )?(?:interest|good)\b|(?<!not )(?<!to )\btrust me\b|\byou will thank me\b|\bi promise (?:you )?it (?:will|gets)\b",
    r"\bwhy (?:can not|could not) you (?:just )?\w+\b|\bcan you not (?:just|see)\b|\bsurely you\b",
    r"\bwhat you (?:really )?(?:need|should do|have to do|ought to do) is\b|\bwhat (?:would|will) (?:your|the) {KIN} (?:think|say|feel) if\b",
    r"\bif you (?:want|wanted) (?:to keep|your|to save|to get (?:your|them|her|him) back)\b",
    # others' needs made the client's reason to change ("your kids need you to get better")
    r"\byour {KIN} (?:depends? on you to|(?:needs?|deserves?) (?:you to|a (?:\w+ )?(?:dad|mum|mom|father|mother|parent|husband|wife|partner) who|better\b|you (?:sober|well|healthy|clean|back|to be|around|alive|at your best)|(?:his|her|their) (?:dad|mum|mom|father|mother|parent|husband|wife|partner) (?:to|back|sober|well|healthy|clean|around)\b))",
    # advice put as the only sane choice ("you'd be mad not to")
    r"\byou would (?:have to )?be (?:mad|crazy|daft|silly|stupid|foolish|insane|nuts|an idiot|a fool|bonkers) (?:not to|to not|to turn|to pass|to miss)\b",
    # advice asked about as a wonder ("I wonder if you've tried...")
    r"\b(?:i wonder|i am wondering|i was wondering|i am curious) (?:if|whether) you (?:have |had |would )?(?:ever )?(?:tried|thought about|considered|looked into|thought of)\b",
    # encouragement to keep changing, in the negative imperative ("don't give up now")
    r"{START}(?:please )?(?:just )?(?:do not|never) (?:give up|stop trying|lose (?:hope|heart)|quit on yourself|throw (?:it|this|that) away|let (?:this|that|it|one slip|a slip) (?:stop|put you off|undo))\b",
    r"\b(?:wouldn't|would not) (?:it|you) (?:be|feel) (?:better|nicer|easier)\b|\b(?:do not you|do you not) want(?! to (?:talk|tell|say|share|explain|ask|add|know|hear|go on|carry on|take a (?:break|moment|minute|breather))\b) (?:to|a|your)\b",
    # more shapes of the same advice: a question that presumes the change, a hedge before it, a verdict
    r"\bis there any reason (?:why )?you (?:could not|can not|would not|should not|do not) (?:just )?\w+|\b(?:is it not|is not it) (?:about |high )?time (?:you|to|for you)\b|\bwhat is stopping you (?:from )?just\b",
    r"\b(?:might|may|could|would) be an? (?:idea|plan|thought|good shout) to\b|\b(?:it is|it is probably|surely it is|it is definitely|it is really|it is well) worth (?:a (?:try|go|shot)|trying|giving|thinking|considering|looking|talking|going|doing|it)\b",
    r"\bthe (?:obvious|best|simplest|easiest|only|real) (?:answer|solution|fix) (?:is|would be|here is)\b|\bthe (?:best|smartest|wisest|healthiest) thing you (?:could|can) do\b|\b(?:a|one) (?:good|better|great|sensible) (?:start|first step|place to start) (?:would be|is|might be|could be)\b",
    r"\bif it (?:was|were) me\b|\b(?:it|that) (?:would|will|might|could) do you (?:good|a world of good|some good|no harm)\b|\bit is (?:probably |maybe |perhaps |about |high |really |definitely )time (?:to|for you|you)\b",
    r"{START}(?:just |maybe |perhaps )?try (?!understanding|figuring out what|seeing what|describing|explaining|putting|telling|saying|thinking of|picturing|imagining|remembering)[a-z]+ing\b|\byou (?:know|realise|realize) (?:that )?(?:drinking|alcohol|smoking|using|drugs|it|this) (?:makes|causes|will|can|is (?:bad|not good|dangerous|harmful|killing))\b",
    r"\bi would say (?:just |you should |to )?(?:give|go|try|leave|stay|tell|get|do|take|stop|start|call|ask)\b|\b(?:your|the) best bet\b",
)
"""Advice, suggestions and arguments for change given without permission."""

PERMISSION: tuple[str, ...] = (
    r"\bwould you (?:like|want) (?:me to|to hear|some|any|a few|my)\b|\b(?:can|could|may|might) i (?:offer|share|suggest|give you|make|add|mention|throw out|run)\b|\bwould (?:it|that) be (?:okay|ok|all right|alright|helpful|useful|fine) (?:with you )?(?:if|for me to|to)\b",
    r"\b(?:would|does|might|could) (?:that|this|any of (?:that|this)|something like that) (?:interest you|be of (?:any )?interest|appeal to you|be something you)\b",
    r"\bdo you mind if i\b|\bwould it (?:help|be useful|be helpful) (?:if (?:i|we)|for me to|to hear)\b|\bif (?:that is okay with you|it is okay with you)\b|\bwould you be (?:open|interested|willing) to\b|\bor would you rather\b",
)
"""Asking before advising. Advice offered with permission, or as one option among others, is
collaboration (MITI's "persuade with permission"), so these cues cancel persuade in their unit."""

AS_A_STRENGTH = r"(?:^|\band |\bbut |\bthough |, |\bwhich )(?:that is|which is|it is|that can be|that has been|that could be|that makes you|is)? ?(?:a |an |actually |really |also |kind of |such ){0,3}(?:strength|real strength|good thing|asset|gift|superpower|admirable|something to be proud of|what got you through|what kept you going|a good quality|loyal|protective)\b"
"""A trait turned into a strength in the same breath ("you're stubborn about protecting your kids, and
that's a strength"): the verdict before it becomes affirmation."""

SOFTENER = r"^[\s,.;!]*(?:(?:so|well|okay|look|and|but|um|uh)\s*,?\s+){0,6}(?:no offen[cs]e(?! taken)|with (?:all )?(?:due )?respect(?! to\b)|(?:please )?do not take this the wrong way|not being funny|to be (?:blunt|brutally honest|brutally frank))\b(?P<alone>[\s,.!]*$)?"
"""A softener ("no offence, but...", "with respect, ..."): it announces a criticism, so a plain
statement about the client that follows it, in its own clause or the next, is confrontation. The group
``alone`` is set when the softener is all its clause says."""

OFFER_CHECK = r"^[^.;?]{0,30}?\b(?:would|does|might|could|is|how (?:does|would)) (?:that|this|it|any of (?:that|this)|something like that) (?:interest you|be of (?:any )?interest|appeal|be something you|something you|sound (?:to you|like something|useful|helpful|okay|ok|interesting|worth)|feel to you)\b|^[^.;?]{0,30}?\bwould you (?:like|want) to (?:try|give|hear|look|talk|explore|think)\b|^[^.;?]{0,30}?\bwould you be (?:open|interested|willing|up for)\b|^[^.;?]{0,30}?\bwhat do you (?:think|make) of (?:that|this|the idea)\b"
"""A question that puts an offer to the client ("would that interest you?", "how does that sound to
you?"). Said right after general information about what helps other people ("some people find it
useful to talk about the person they've lost"), it turns the information into an offer the client may
refuse: the information is information, and the question is collaboration, not persuasion."""

PERSUADE_STATEMENT: tuple[str, ...] = (
    # the family as the reason, said to the client ("stop for your kids' sake"); asked ("what would make
    # this worth it for your family?") it asks for the client's own reasons
    r"\bfor (?:the sake of )?your {KIN}(?:'s)?(?: sake)?\b",
    r"\byou (?:could|can|might) (?!{ADV}(?:see|decide|choose|notice|wait and see|take it or leave it)\b)(?:{ADV})(?:try|always|consider|start|give it|think about|look into|go to|join|talk to|call|cut|stop|quit|take up|just)\b",
    r"(?<!what )(?<!think )(?<!that )(?<!which )(?<!who )\b(?:would|will|could|might) (?:really |definitely |probably |also )?help (?:you|with|a lot|your)\b|\b(?:it|that) (?:would|will|could|might|may) (?:really |definitely |probably |also )?help (?:to|if you)\b",
    r"\b\w+ing (?:\w+ ){0,4}(?:would|will|could|might) (?:probably |really |definitely |honestly |actually )?(?:fix|solve|sort|help|improve|change|make a)\b",
    r"\b(?:could|would|might|will|can) make (?:this|it|things|that|life|quitting|stopping) (?:a lot |much |so much |far )?(?:easier|better|simpler)\b",
    r"\b(?:the (?:other |main |first )?things?|what|something) (?:that )?(?:needs?|has|have) to (?:be (?:worked on|done|changed|addressed|tackled|looked at)|change|happen)\b(?=.{0,60}\b(?:would be|is|are|you|your)\b)",
    r"\bpeople who (?:quit|stop|cut down|cut back|get help|exercise|give up) (?:\w+ ){0,2}(?:feel|are|do|sleep|live|look) (?:(?:so|much|a lot|far) ){0,6}(?:better|happier|healthier|longer)\b",
    r"\byou (?:might|may|could|would) (?:find|discover) (?:that )?(?:it )?(?:helps|helpful|useful|easier|better)\b|\b(?:one|another|the first) thing (?:you could|you can|you might|to) (?:do|try)\b|\bsomething you (?:could|can|might) (?:do|try)\b",
)
"""Soft advice that is only advice in a statement: inside a question ("is there anyone you could talk
to?", "what could you try?") the same words ask for the client's own ideas."""

REPAIR: tuple[str, ...] = (
    r"\b(?:i am|i'm) (?:so |really |very |truly )?sorry(?!,? (?:to hear|that you|you|about (?:your|what|that)|for your|for what|it is|this is|that is|that happened|things|but you))",
    r"^{LEADING_FILLERS}sorry\b(?!,? (?:to hear|that you|you (?:had|have|are|were|went|lost|feel|felt|got|have been|had to)|about (?:your|what|the wait|the noise)|for your|for what|but you|my phone|one (?:sec|second|moment)|give me (?:a|one) (?:sec|second|moment|minute)|excuse|i am (?:late|running)|to (?:interrupt|keep you)))",
    r"\bmy (?:bad|mistake|apologies)\b|{START}(?:that (?:is|was|one is|one was) |it (?:is|was) |this (?:is|was) )?(?:all |totally |completely |entirely )?my fault\b|\bi (?:apologi[sz]e|owe you an apology)\b",
    r"\bi (?:think i |may have |might have |probably )?(?:pushed|was pushing|came on|went|moved|rushed|jumped) (?:you )?(?:too|a bit too|a little too|way too) (?:hard|strong|fast|far|quickly|much|soon)\b",
    r"\bi (?:think i |may have |might have )?(?:pushed you|was pushing you|rushed you|lectured you|jumped ahead|got ahead of (?:myself|you)|overstepped|misread|missed the mark|missed something|misunderstood|put words in your mouth|was preaching|was lecturing|went too far|was out of line|cut you off|interrupted you|assumed)\b",
    r"\b(?:that|it) (?:came out|sounded|was said) (?:wrong|badly|harsher|harsh|worse|like a lecture|preachy|judgmental|judgemental)\b|\bthat is not what i meant\b|\bthat was not (?:fair|okay|helpful|right) of me\b",
    r"\bi (?:got|had) (?:that|it|you|this) (?:wrong|backwards)\b|\bi was wrong (?:to|about|there)\b|\bi should not have (?:said|pushed|assumed|done|jumped|rushed|brought)\b",
    r"\bi (?:have been|was|have) (?:doing )?(?:most of|all of|a lot of) the talking\b",
    r"\bi (?:think i |may have |might have |probably )?(?:came|come|went) (?:in|on|across) (?:(?:a bit|a little|too|way too|really|pretty|quite) ){0,6}(?:heavy|strong|hard|harsh|heavy-handed|full on)\b",
    r"\bi did not mean to (?:lecture|push|judge|preach|sound|rush|pressure|tell|upset|offend|imply|make|dismiss|assume|brush|lecture|hurt|criticise|criticize|put|come across|interrupt|cut you off|talk over)\b",
    r"\bi (?:was |am )?(?:getting|got|get) ahead of (?:myself|you)\b|\bi (?:have |just )?said something (?:that )?(?:did not|does not|has not) (?:sit|land|go down|feel)\b|\b(?:did not|does not) (?:sit|land) (?:right|well) with you\b",
    # checking the strain, asked ("was I pushing too hard just then?")
    r"{START}(?:was|am|have) i (?:being |been )?(?:a bit |too )?(?:pushing|pushy|preachy|judgmental|judgemental|rushing you|lecturing|going too fast|too hard|too much|out of line|unfair)\b",
    r"\blet me (?:take (?:that|it) back|try (?:that|this) again|start (?:over|again)|rephrase|try again)\b|\bscratch that\b|\bcan i (?:try|start) (?:that )?again\b",
    r"\b(?:i can see|it sounds like|it seems like|looks like|i think) (?:what )?i (?:upset|annoyed|frustrated|offended|lost|hurt|irritated|missed|said|pushed|came across)\b",
    r"\bi (?:was )?(?:jump|jumped|jumping|leapt|leaping) to (?:a )?conclusions?\b|\b(?:that|it) was (?:insensitive|rude|unkind|careless|clumsy|thoughtless) of me\b|\bi (?:did not|could have) explain(?:ed)? (?:that|it|this) (?:very |so )?(?:well|better)\b",
    r"^{LEADING_FILLERS}apologies\b|\bi should have (?:asked|checked|listened|waited|let you)\b|\b(?:it|that|i|what i said) (?:came|come|comes|was coming) across as (?:pushy|preachy|judgmental|judgemental|harsh|rude|dismissive|a lecture|lecturing|critical|bossy)\b",
    r"\b(?:pushing|forcing) my (?:own )?(?:agenda|views|ideas|opinions?)\b|\bsorry\s*[.!]*$|\b(?:came|come|comes) across (?:badly|wrong|the wrong way|poorly|harshly)\b|\bi do not think i have (?:understood|got|followed)\b|\bi have not (?:understood|got) (?:you|that|it)\b",
    r"\blet me back up\b|\bi do not think i (?:understood|got that|got it|followed)\b|\bi (?:did not|have not) (?:understood|get|got) (?:you|that|it) (?:right|properly|correctly)\b",
    r"\bi was (?:being )?(?:too )?(?:preachy|pushy|judgmental|judgemental|harsh|lecturing|rude|dismissive|unfair|out of line|patronising|patronizing|condescending)\b|\b(?:you are|you were) right to (?:call me|pull me|stop me|say|push back)\b",
    r"\b(?:that )?i (?:have |just |may have |might have |think i |probably |clearly |really |totally ){0,6}(?:annoyed|upset|offended|hurt|frustrated|irritated|lost|confused|rushed|pushed|interrupted|misjudged|misread|misunderstood|made you|let you down|messed|screwed|blew it|blew that|talked over|talked down|dismissed|brushed)\b",
    r"\b(?:was|is) not (?:a )?(?:very )?(?:helpful|fair|good|great|kind) (?:question|thing to say|of me|comment|way to put it)\b|\blet me (?:ask|put|phrase|say) (?:it|that|this) (?:differently|another way|better|again)\b|\b(?:was|is) not my intention\b|\b(?:can we|let me|let us) rewind\b",
    r"\bi (?:hear|get) that (?:what )?i (?:said|did)\b|\bwhat i said (?:was not|came|sounded|did not)\b|\bthat (?:was|is) on me\b",
    # inviting feedback on the counsellor's own misstep ("what did I miss?", "did I say something that upset you?")
    r"\bwhat (?:did|have|am) i (?:miss|missed|missing|get wrong|got wrong|getting wrong|misunderstand|misunderstood|not get|not understand)\b|\b(?:where|what) (?:did )?i (?:went|go|gone) wrong\b|\bwhat i (?:got|get|have got|am getting) wrong\b",
    r"\bhow did (?:that|what i (?:said|did|just said))(?: just then| there| just now)? (?:land|come across|go down)\b|\bhow did what i (?:said|did|just said)(?: just then| there| just now)? (?:sound|feel)\b|\bhow can i (?:do (?:this|that|it) better|get (?:this|that|it) right|make (?:this|it) better)\b",
    r"\b(?:am i|i am) (?:getting|reading) (?:this|that|it|you) wrong\b|\bdid i (?:say|do) something (?:that |to )?(?:upset|annoy|hurt|offend|bother|put you off|wound)\b|\bhave i (?:upset|annoyed|offended|hurt|lost) you\b",
    r"\b(?:that|it|what i said) (?:did not|does not) come out (?:how|the way|as) i (?:meant|wanted|intended)\b|\b(?:that|it|what i said) (?:landed|came across|went down) (?:badly|wrong|poorly|the wrong way|like a lecture)\b|\bhow are we doing,? (?:you and me|the two of us)\b",
    # agreeing the client was right about the counsellor's slip ("ur right, i keep going back to grades")
    r"{START}(?:you are|you were) (?:so |totally |completely )?right\b(?=.{0,40}\b(?:i (?:was|have been|keep|did|should|went|got|missed|forgot|am)|sorry|my (?:bad|fault|mistake))\b)",
)
"""Owning a misstep or a strain in the relationship."""

EXPLORE_RESISTANCE: tuple[str, ...] = (
    r"\b(?:i )?(?:notice|noticed|noticing|sense|see|can see|can tell|could tell|seem|you seem|am sensing|get the sense|get the feeling|it seems|seems|it looks|looks like|it feels)\b.{0,40}\b(?:hesitan\w+|reluctan\w+|quiet|silent|silence|hold(?:ing)? back|pull(?:ing|ed)? back|push(?:ing|ed)? back|brac(?:e|ing) (?:for|yourself)|expecting (?:a lecture|me to|to be judged)|waiting for me to|guarded|wary|closed off|shut down|shutting down|unsure about (?:being here|coming|this|therapy|talking|me|counselling)|not keen|not sure about (?:being here|coming|this|therapy|talking|me|counselling)|do not want to (?:be here|talk|come|go there|get into|answer|discuss)|would rather not|rather be anywhere|tens(?:ed|ing) up|went quiet|go quiet|gone quiet|flinch\w*|looked away|look away|crossed your arms|changed the subject|change the subject|short answers)",
    r"\bwhat is the (?:hardest|toughest|scariest|worst|most difficult) (?:part|thing) about (?:opening up|talking|being here|coming here|sharing|trusting|these sessions|this)\b",
    r"\bwhat (?:makes|is making|might make|made|would make) (?:talking|opening up|being here|coming here|this process|therapy|sharing)\b.{0,30}\b(?:hard|difficult|tough|uncomfortable|scary|awkward|uneasy|challenging|a struggle)\b|\bwhat (?:makes|is making|might make|made|would make) (?:it|this|that) {ADV}(?:hard|difficult|tough|uncomfortable|scary|awkward|uneasy) to (?:talk|say|share|open up|come|be here|go there|get into|discuss|trust)\b",
    r"\bwhat (?:makes|is making|made) (?:you|it) (?:hesitant|reluctant|unsure|wary|want to (?:leave|stop|hold back))\b|\bwhat (?:gets|is getting|got) in the way\b(?! of (?!(?:talking|opening|coming|trusting|being here|saying|sharing|telling)\b))",
    r"\bwhat is (?:it|that|this) like (?:for you )?(?:being|to be|coming|having to come|to come|sitting|talking)\b|\bwhat is it like (?:for you )?to (?:be|have to|come|sit|talk)\b|\bwhat is (?:it|that) like,? having\b",
    r"\bwhat is (?:behind|underneath|under) (?:the|your|that|this) (?:silence|hesitation|reluctance|no|pushback|quiet|doubt|anger|not wanting)\b",
    r"\bwhat (?:are|would|might) you (?:be )?(?:worried|afraid|scared|concerned|nervous) (?:might|will|would|could|about) (?:happen|happens)\b|\bwhat (?:do you|are you) (?:worry|worried|afraid|scared|fear)\b.{0,20}\b(?:happen|if you (?:talk|open|tell|share|say))",
    r"\bwhat (?:would|could|might) (?:make|help) (?:this|it|talking|therapy|being here|coming here|our time|this conversation|these sessions)\b.{0,20}\b(?:easier|safer|more comfortable|less|feel safer|bearable|okay|worth)\b|\bwhat would (?:it )?(?:take|need to happen) for you to (?:feel|trust|open|want)\b",
    r"\b(?:change|changing|changed) the subject\b|\bevery time we (?:get|come|go) (?:near|close|to|onto)\b|\byou keep saying\b.{0,20}\b(?:i do not know|fine|whatever|nothing)\b",
    r"\b(?:about|with|around) (?:me|therapy|therapists|counsell?ors|counselling|this process|being here|coming here|talking to me|talking to someone)\b.{0,30}\b(?:trust|suspicious|wary|skeptical|sceptical|doubt|reservations|concerns?)\b|\b(?:trust|suspicious|wary|skeptical|sceptical|doubts?|reservations|concerns?) (?:about|with|of|around) (?:me|therapy|therapists|counsell?ors|counselling|this process|being here|coming here|this|talking)\b",
    r"\b(?:you have|you are|you seem|you have been|you went|you got) (?:gone |going |getting |been |a bit |very |really |pretty )?(?:quiet|silent)\b|\b(?:the|this|that|your) (?:silence|quiet|pause)\b",
    r"\b(?:you|it sounds like you) (?:are|have been|seem|were) (?:burned|burnt|hurt|let down) by (?:therapy|therapists|counsell\w+|people like me|professionals|the system|this before)\b|\b(?:bad|negative) experiences? (?:with|of|in) (?:therapy|therapists|counsell\w+|professionals|people like me)\b",
    r"\bwhat (?:happened|went wrong) (?:with|in) (?:your |the )?(?:last|previous|other|past) (?:one|therapist|counsell?or|therapy|sessions?|counselling)\b|\bwhat would you (?:want|need) (?:me|from me) to (?:know|understand|do differently)\b.{0,20}\b(?:trust|feel|open)?",
    r"\bwhen you say ['\"]?(?:whatever|fine|i do not know|nothing|no|i do not care|it is fine)\b",
    r"\bwhat (?:do you )?(?:imagine|think|guess|expect|worry|fear) i (?:am|might be|will be|would be|might|will|would) (?:thinking|going to|feeling|think|say|judge)\b",
    r"\b(?:pushback|push back|resistance|hesitation|reluctance|not wanting to (?:be here|talk|come))\b",
    r"\b(?:checking|looking at|watching|glancing at|eyeing) the (?:clock|door|time)\b|\b(?:tense|tensing|clam|clamming|close|closing|shut|shutting) (?:up|down|off)\b|\bwould rather not be here\b|\b(?:went|go|gone|going|get|got) (?:very |really |a bit )?(?:quiet|silent)\b",
    r"\b(?:skeptical|sceptical|doubtful|suspicious) (?:that|about|of) (?:this|therapy|i|talking|counsel\w+|it) (?:can|will|could|is going to)\b",
    # the pushback named as it happens: a sigh, a shrug, a pause, eye-rolling, sarcasm, a flat or a loud word
    r"\b(?:that|this|it) (?:was|is|sounded|sounds|looked|looks|felt|feels) (?:like )?(?:a |an )?(?:really |pretty |bit |kinda |kind of |sort of |quite |big |long |loud |heavy ){0,3}(?:sigh|shrug|pause|silence|eye roll|ugh|flat|sarcastic|loaded|pointed|final|sharp)\b|\b(?:a |that |the )?(?:big |long |heavy |loud )?(?:sigh|shrug|pause|eye roll|silence)\b(?=.{0,60}(?:\?|\bwhat\b|\bis it\b|\bwas it\b))|\b(?:rolling|rolled|roll) (?:your|ur) eyes\b|\b(?:i am )?(?:hearing|picking up|sensing|noticing|getting) (?:a |some |a bit of |a little )?(?:sarcasm|doubt|scepticism|skepticism|frustration|annoyance|irritation|edge|whatever|reluctance|hesitation|tension)\b|\bwent (?:really |very |a bit )?(?:still|quiet|silent|tense)\b",
)
"""Naming hesitation, silence or pushback openly and with curiosity."""

RESISTANCE_TOPICS: tuple[str, ...] = (
    r"\b(?:it|this|therapy|talking|counselling|counseling|coming here|these sessions) (?:will not|is not going to|would not|can not|does not|won't) (?:help|work|change anything)\b|\bfeel (?:more )?(?:at ease|comfortable|safe|safer|relaxed) (?:here|with me|talking)?\b",
    r"\bwhat (?:is|was) it like (?:for you )?(?:to have|having) (?:your|the|someone|other|people)\b|\b(?:someone|somebody|they|the court|the judge|your \w+(?: \w+)?) (?:decide|decided|decides|deciding|telling you|tell you|told you) (?:that )?you (?:need|have|should|must)\b",
    r"\b(?:coming|being) (?:here|to therapy|to counselling|to see me) (?:was not|is not|was never|was) (?:your|really your|exactly your|somebody else's|someone else's) (?:idea|choice|decision)\b|\bnot your (?:idea|choice|decision) to (?:come|be here|see me)\b|\b(?:somebody|someone|they|the court|your wife|your husband|your boss|your parents|your mum|your mom|your dad|the judge) (?:made|sent|forced|pushed|told|dragged) you\b.{0,30}\b(?:here|come|coming|to come|this)\b|\byou (?:were|got|feel) (?:sent|forced|made|dragged|pushed) (?:to come |into coming |to be )?(?:here|into this|to see me|to therapy|to come)\b",
    r"\b(?:be|being|come|coming|sit|sitting|stay|staying) (?:here|in here|in this room|to these sessions)\b|\b(?:made|forced|told|sent|ordered|pushed|dragged) (?:you )?(?:to come|to be here|here|into (?:this|coming))\b|\bhave to (?:come|be here)\b|\bhad to (?:come|be here)\b",
    r"\b(?:judge|judging|judged|lecture|lectured|lecturing) (?:you|by me)\b|\b(?:trust|doubts?|reservations|wary|suspicious|sceptical|skeptical|cynical|hesitant|reluctant|unsure) (?:about|of|in|with) (?:me|this|therapy|counsell\w+|talking|all (?:of )?this|the (?:process|sessions|whole thing)|coming|being here)\b|\bworth your (?:time|while)\b|\b(?:pointless|waste of (?:time|your time))\b",
    r"\b(?:this|the|that) (?:exercise|homework|task|topic|question|subject|conversation) (?:feels|seems|is|gets) (?:\w+ )?(?:uncomfortable|awkward|hard|difficult|scary|unsafe)\b",
    r"\b(?:uncomfortable|awkward|hard|difficult|risky|scary|unsafe) (?:here|to (?:talk|say|share|open|go (?:into|there)))\b|\btalking (?:feels|is|gets|seems) (?:so |really )?(?:hard|uncomfortable|risky|scary|difficult|pointless)\b|\b(?:tense|tensing|clam|clamming|close|closing|shut|shutting) (?:up|down|off)\b",
    r"\b(?:underneath|behind|under) (?:that|this|the (?:silence|quiet|no|fine|shrug))\b|\b(?:the )?(?:clock|door|your phone|the time)\b.{0,20}\b(?:checking|looking|watching|glancing)|\b(?:checking|looking at|watching|glancing at) the (?:clock|door|time)\b",
    # the client's stance given back ("you don't want to be here") is a reflection; asked about, it explores
    r"\b(?:do not|does not|did not) (?:really )?(?:want to (?:be here|come)|trust (?:me|this|therapy|counsell\w+|therapists|people like me)|choose to (?:be here|come)|like being here)\b",
    # the client's reaction to the session named ("you sound pretty unconvinced", "u sound kinda done with
    # me", "you'd rather be anywhere but here", "you're bracing for me to do the same")
    r"\b(?:unconvinced|not convinced|done with (?:me|this|us|all this)|(?:do not|did not) trust (?:where|what|how|me|this|us)|frustrated with (?:how this|this|me|these|the sessions)|(?:rather|prefer to) be anywhere\b|regretting (?:it|coming|saying yes)|bracing (?:yourself )?for me|annoyed (?:with|at) me|something (?:has|is) annoyed you|wearing thin|what difference this makes)\b",
    r"\b(?:last|previous|other|old) (?:counsell?or|therapist|worker|psychologist|psychiatrist|social worker)\b|\bnot want to (?:come|go) back\b|\brather not (?:be here|talk|say)\b|\bnot (?:wanting|want) to (?:talk|answer|be here|say)\b",
)
"""What resistance is about. Asked about with curiosity ("what's it like having to come here?", "I
wonder what's underneath that"), these make a question explore_resistance rather than a plain open
question; the question form is what turns naming into an invitation."""

SUMMARY: tuple[str, ...] = (
    r"\blet me (?:see if i|make sure i|check (?:if|that) i|try to|try and|just|quickly) (?:have|got|get|understand|understood|follow|sum|summari[sz]e|pull|put|recap|gather)\b|\blet me (?:sum|summari[sz]e|recap|pull|put (?:it|this|that|all (?:of )?this) together|gather|try to pull|check i)\b",
    r"{START}(?:a few|several|a couple of|some|two|three) things\b|\b(?:to sum up|in summary|to summari[sz]e|summing up|to recap|if i put (?:it|this) together|putting (?:it|this|that) (?:all )?together|pulling (?:it|this|that) together)\b",
    r"\bso far you(?: have)? (?:told|said|mentioned|shared|described)\b|\byou have (?:told|shared with) me (?:a few|several|a lot of|some) things\b|\b(?:a few|several|some|two|three) things (?:you have|you) (?:said|mentioned|told|shared|raised)\b|\b(?:what|things) (?:you have|we have) (?:covered|talked about|told me) (?:so far|today)\b",
    r"\bso (?:far )?(?:what i have heard|here is what i have heard|what i am hearing) (?:so far|today)\b|\bif i have (?:got|understood) (?:this|it|you|everything) (?:right|correctly)\b",
)
"""Gathering several things the client said into one statement."""

SUMMARY_CHECK = r"^{LEADING_FILLERS}(?:(?:does )?(?:that )?(?:sound|sounds) (?:right|about right|fair)|(?:is )?(?:that )?(?:a )?fair (?:picture|summary|enough summary)|(?:does )?that (?:about )?(?:sum|sums) (?:it|things) up|have i (?:understood|got (?:that|it|you))|anything else|(?:is )?that (?:about )?it|did i miss anything|that right|(?:did|have|do) i (?:get|got|miss|leave|understand|have)|is (?:that|this) (?:right|correct|fair|about right|close|accurate|it)|am i (?:close|right|missing|on track|getting)|does that (?:sound|fit|capture|cover)|how (?:did|does) that (?:sound|land)|anything (?:i missed|i have missed|else i|to add)|what did i (?:miss|get wrong|leave out)|(?:stop|correct|tell) me if i am (?:wrong|off|mistaken|missing)|close|right|fair)\b.{0,40}$"
"""A short check after a reflection or summary; it belongs to the move it checks."""

COLLABORATION: tuple[str, ...] = (
    r"\bwould (?:it|that) be (?:okay|ok|all right|alright|helpful|useful|fine|acceptable) (?:with you )?(?:if|for me to|to)\b|\bis it (?:okay|all right|alright|fine) (?:with you )?(?:if|to) (?:i|we)\b",
    r"\b(?:can|could|may|might) i (?:offer|share|suggest|tell you|give you|make|ask you (?:something|a question|about)|add|mention|throw out|run|check|put)\b|\bdo you mind if (?:i|we)\b|\bwould you mind if (?:i|we)\b",
    # an offer put to the client ("would that interest you?", "is that something you'd want to try?")
    r"\b(?:would|does|might|could) (?:that|this|any of (?:that|this)|something like that) (?:interest you|be of (?:any )?interest|appeal to you|be something you)\b|\bis (?:that|this) something (?:you would|you might|that might|that would)\b|\bhow (?:does|would) (?:that|this) (?:sound|feel) to you\b",
    r"\bwould you (?:like|want) (?:me to|to hear|some|any|a few|my|to try|to look|to work|to explore|to talk about|to start|to go)\b|\bwould you be (?:open|interested|willing|up for)\b|\bare you open to\b|\bwould you (?:want|like) to (?:try|think about|look at|explore|figure)\b",
    r"\bwhat (?:do you think|do you reckon|would you say|are your thoughts|is your sense|is your take)\b.{0,40}\b(?:would|might|could|will|can)?\s*(?:help|be helpful|work|make (?:a|the|it|things)|be useful|be a good|do|next|first|need|change|matters?|focus|fit)\b",
    r"\bwhat (?:would|do) you (?:want|like|prefer|hope|need) (?:to|from|us|me|out of|for)\b|\bwhat would be (?:most )?(?:helpful|useful|good|important|a good|the best)\b|\bwhere would you (?:like|want) to (?:start|begin|go)\b|\bwhere do you want to (?:start|begin)\b|\bwhat (?:should|shall|can|could) we (?:focus|talk|start|look|work|do)\b",
    r"\b(?:we|let us|you and i) (?:could|can|might|will|would)? ?(?:work|figure|look|think|explore|come up|try|sort|plan|go through|brainstorm|put our heads|do this|map)\b.{0,40}\btogether\b|\btogether(?:,)? we\b|\bwe are in (?:this|it) together\b|\b(?:work|figure|sort) (?:it|this|that|things) out between us\b|\b(?:work|figure|think) (?:it|this|that|things) out together\b|\bas a team\b|(?:\b(?:we|you and i|the two of us) (?:can|could|will|would|might|may|should|shall|have to|need to|are going to|got to)|\blet us)\b(?: [a-z']+){1,8},? together\b",
    r"\b(?:what|which) (?:ideas|options|thoughts|suggestions|goals) (?:do you have|have you got|come to mind|would you|appeal|make sense|feel)\b|\bwhat (?:has|have|is) (?:worked|helped) (?:for you )?(?:before|in the past|so far|when)\b|\bwhat (?:do|would) you (?:think about|think of) (?:that|this|it|trying|the idea)\b|\bwhat (?:do|would) you make of (?:trying|the idea|that idea|that plan|this plan|the plan)\b",
    r"\b(?:or|either) (?:would you (?:like|rather|prefer)|we could|you could|something else|would you want|shall we|should we|is there something)\b|\bwould you (?:rather|prefer)\b|\bthere are (?:a few|some|several|a couple of|different) (?:options|ways|things we could|approaches|choices|paths)\b",
    r"\b(?:how|what) (?:would|do) you (?:want|like) to (?:use|spend|go about|handle|approach|proceed|do with)\b|\bhow (?:does|would|do) (?:that|this|the|my)(?: \w+)? sound\b|\bhow (?:does|would|do) (?:that|this|the) (?:plan|idea|approach|option|suggestion) (?:feel|seem)\b|\bdoes (?:that|this) (?:sound|feel|seem) (?:okay|ok|alright|all right|fair|good|doable|reasonable|like something)\b|\bhow do you feel about (?:that (?:idea|plan|suggestion|option)|trying|the idea|this plan|doing)\b",
    r"\bi (?:have|had) (?:a few|some|an|a) (?:ideas?|thoughts?|suggestions?)(?: if|,| that)?\b.{0,25}\b(?:if you|would you|want|interested|like)\b|\bif you(?: would| are)? (?:like|want|interested)\b.{0,12}\bi (?:can|could|have|would)\b",
    r"\bi (?:can|could) (?:tell you|share|go through|give you|show you|suggest|talk you through)\b.{0,40}\bif (?:you (?:like|want|would like|are interested)|that (?:would|helps)|it helps)\b",
    r"\b(?:could|can|shall|should) we (?:maybe )?(?:make|draw up|write|put together|come up with|work out|figure out|look at|try|think about|brainstorm|map)\b|\bwould it (?:help|be useful|be helpful) (?:if (?:i|we)|for me to|to hear)\b",
    r"\bwe (?:could|can|might) (?:maybe )?(?:try|look at|work on|think about|explore|experiment|talk about (?:some|a few|ways|options|what|how)|come up with|brainstorm|figure out|work out)\b|\blet us (?:think about|brainstorm|figure out|work out|come up with|put our heads)\b|\b(?:what|which(?: of (?:those|these|them)| one| option| idea)?) (?:feels|seems|sounds) (?:most |more )?(?:doable|manageable|realistic|right|like a good|possible|useful|helpful)\b",
    r"\bwhat (?:would|might|will) (?:a good|success|a good outcome|progress|a better|a realistic|a good week|a first step|good enough|better) (?:\w+ )?(?:\w+ )?look like\b|\bwhat (?:do|would) you (?:reckon|suggest|recommend|propose)\b|\bwhich (?:part|one|bit|option|of (?:these|those|them)) (?:do|would) you\b|\b(?:it is|this is) your plan\b|\bif (?:it is|that is|that would be) (?:alright|okay|ok|fine|all right) with you\b",
    r"\bwhat (?:would|might|could|will) (?:help|be helpful|make (?:it|this|a|the) (?:difference|easier|better)|work (?:for you|better))\b",
    r"\byou would be (?:willing|open|interested|up for)\b|\bwhat do you think\s*\??\s*$|\bwhat (?:have you noticed|do you notice|have you found|did you find) (?:helps|works|makes|helped|worked)\b|\bwhat is your (?:gut|instinct|hunch) (?:telling|saying)\b|{START}(?:so )?what do you (?:want|need)\s*\??$",
    r"\bwhat (?:could|can|would) (?:you|we) (?:do|try)\b|\bhow can i (?:help|be (?:more )?helpful|support)\b|\bwhat (?:can|could) i do (?:to help|differently|that would)\b|\bwhat (?:do|would) you need from me\b",
    r"\b(?:your|what are your) (?:ideas|thoughts|input|opinion|views) (?:on|about)\b|\bi would (?:love|like|value) (?:your|to hear your) (?:ideas|thoughts|input|opinion|take)\b|\bi would (?:love|like|rather) to hear (?:yours|what you think|your view)\b|(?:^|\bbut )i (?:would|will) (?:like|love|want) to hear (?:yours|your (?:ideas|thoughts|take))(?: first)?\b|\byou know (?:yourself|your life|your situation) (?:better|best)\b.{0,30}\bwhat\b",
    # working it out together, proposed as a question ("shall we bin it and try something else?", "would it
    # help to look at what happens right before it kicks off?", "want to have a go at it here first?")
    r"{START}(?:(?:so|okay|ok|fair|noted|right),? )?(?:shall|should|could|can) we\b(?! (?:just )?(?:stop|finish|end|leave it)\b)|\bwhat if we\b|\bhow about (?:we|us)\b|\bwould it (?:help|be (?:more |most )?(?:useful|helpful|easier|better)|make (?:sense|it easier)) (?:to|if)\b",
    r"{START}(?:(?:so|okay|ok|fair|yeah|sure),? )?(?:do you |would you )?(?:want|wanna|fancy|like) (?:me )?to (?:have a (?:go|think|look|try)|go (?:through|over)|pick|choose|try|work (?:out|on)|look at|share|start (?:with|on|by)|put|make|come up with|plan|practise|practice|figure)\b|\bwhat (?:did|do) you have in mind\b|\b(?:which|what) (?:one |of those |of these )?(?:feels|sounds|seems) (?:easier|better|more doable|right|best|like a good)\b",
    r"\b(?:would|will) (?:that|it|this) be (?:okay|ok|all right|alright|fine)(?: with you| for you)?\s*\?*\s*$|\bis (?:that|this) (?:okay|ok|all right|alright)(?: with you)?\s*\?+\s*$|\bwe (?:could|can|might) (?:start|begin) (?:with|by)\b",
)
"""Asking for the client's ideas or input, asking permission, offering options, working together."""

AUTONOMY: tuple[str, ...] = (
    r"\bup to you\b|\byour (?<!not your )(?<!never your )(?<!was your )(?<!were your )(?<!not really your )(?<!not exactly your )(?<!not entirely your )(?<!not even your )(?<!no longer your )(?:call|choice|decision|decide)\b|\b(?:it is|this is) (?:still )?your (?:life|session|time|hour|body)\b|\byours to (?:make|decide)\b",
    r"\byou (?:get to|can|are (?:free|welcome) to|will|are the one (?:who|to)|are in charge of|decide|alone can) (?:decide|choose|make (?:that|the|this) (?:call|choice|decision)|say no|stop|skip|pass|leave it|take a break|change your mind)\b|\byou are (?:the )?(?:one in charge|in charge|in control|the expert|the boss)\b",
    r"\b(?:at|in) your (?:own )?(?:pace|time|speed)\b|\b(?:whenever|when|if) you (?:are|feel|are feeling) ready\b|\bor not at all\b|\bno (?:pressure|rush|hurry|obligation)\b|\bthere is no (?:rush|hurry|pressure|right answer|wrong answer)\b|(?<!okay to )(?<!fine to )(?<!all right to )(?<!worries, )(?<!worries )(?<!sure, )(?<!sure )\btake (?:all )?(?:the |your )?time\b(?!,? i am listening)|\btake as (?:much|long) (?:time )?as you (?:need|want|like)\b",
    r"\b(?:only|not unless) (?:if|when|what)? ?you (?:want|are ready|feel|choose|like|are comfortable|would like)\b|\bonly what you (?:are|want|feel)\b|\bas much (?:or as little )?as you (?:want|like|feel)\b|\bif (?:and when )?you (?:want|wish|feel like|choose|would like|like)(?: to)?\b(?!.{0,120}\byou (?:need|have|should|must|better)\b)|\bif you (?:do not|would rather not) want to\b",
    r"\b(?:you|we) (?:do not|never|will not|will never) (?:have|need|got) to\b(?! (?:apologi|be sorry|feel (?:bad|guilty|ashamed|embarrassed|stupid)|be (?:ashamed|embarrassed)))|\bno need to\b(?! (?:apologi|be sorry|feel (?:bad|guilty|ashamed|embarrassed|stupid)))|\bnobody (?:is|can) (?:going to |gonna )?(?:make|force)\b|\b(?:no one|nobody) is (?:forcing|making|pushing|pressuring) you\b|\b(?:no one's|nobody's) (?:forcing|making|pushing|pressuring) you\b|\byou do not need (?:my|anyone is|our|their|his|her) (?:permission|approval|say-so|blessing)\b|\b(?:no one|nobody)(?:'s| is)? (?:can |will |going to |gonna )?(?:make|force|push)s? you\b|\bi (?:will not|am not going to|would never|do not want to) (?:make|force|push|pressure|tell) you\b|\bi am not (?:here to|going to) (?:make|force|push|tell you what)\b",
    r"\b(?:nobody|no one|i am not|i am not here) (?:is )?(?:saying|telling you|here to tell you) (?:that )?you (?:have|need|should|must)\b|\bi am not (?:saying|telling you) (?:that )?you (?:have|need|should|must)\b|\bnot my (?:place|job|decision|call) to\b",
    r"\b(?:we|you) can (?:go|take (?:it|this|things))\s+(?:slow|slowly|at|one|step)\b|\b(?:we|you) (?:can|could) (?:stop|pause|skip|leave (?:it|that|this)|come back to (?:it|that|this)|change (?:topic|the subject)) (?:whenever|any ?time|at any|if you|later)\b|\byou (?:can|could) always (?:stop|say no|change your mind|come back|pass)\b",
    r"\bin the (?:driving|driver's|drivers) seat\b|\bcalling the shots\b|\b(?:follow|take) your lead\b|\byou do not owe (?:anyone|anybody|me|them|us|anything)\b|\bonly you (?:know|can (?:decide|say|choose|know|judge))\b",
    r"\b(?:fine|okay|ok|alright|all right) (?:to|if you) (?:say no|decline|pass|skip|stop|not answer|leave it|change your mind)\b|\bas (?:slowly|slow|gently|carefully) as you (?:need|want|like)\b|\btake (?:this|it|things) (?:slowly|slow|one step at a time)\b|\bwe (?:can|could) (?:skip|leave|park|pass on|drop|come back to) (?:that|this|it)\b",
    r"\bfeel free to (?:pass|skip|stop|say no|leave|not|decline|take|ask|change)\b|\bif you (?:would rather not|are not ready|prefer not|would prefer not|do not feel ready)\b|\b(?:only|just) (?:talk about|do|cover|share|go into) what(?:ever)? you (?:want|like|choose|are comfortable)\b|\byou (?:set|choose|pick|decide) (?:the )?(?:goals?|pace|agenda|direction|topics?)\b",
    r"\byou (?<!do you )(?<!did you )(?<!not you )(?:still |always |also )?have (?:a|the|every) (?:choice|say|right to (?:choose|decide|say no|refuse|stop|change your mind))\b|\bin your (?:hands|control)\b|\bon your (?:own )?terms\b|\bas (?:far|much|little|deep)(?: \w+){0,3} as (?:you|feels|it feels|is comfortable)\b|\byou (?:can|get to|are free to) (?:set|choose|pick|go at|steer|lead)\b|\byou are the expert\b",
    r"\byou know (?:yourself|your life|your situation|what is best for you) (?:better|best)\b|\byou (?:will|are|would) be the (?:judge|one to decide|best judge)\b|\bwhatever you (?:decide|choose|want)\b|\bthe choice is yours\b|\b(?:it is|that is) (?:for you|yours) to (?:decide|choose)\b|\byou are free to\b|\byou can say no\b|\bit is okay to say no\b",
    # the client decides what, how much and when ("you decide how much we talk about"); not "when you
    # decide to stop" (a condition), "you decided to drink" (a reflection of what they did) or "how do
    # you decide what to drink?" (a question)
    r"(?<!when )(?<!if )(?<!once )(?<!until )(?<!before )(?<!after )(?<!do )(?<!did )(?<!can )(?<!could )(?<!would )(?<!will )(?<!how )(?<!why )\byou (?:alone )?(?:decide|choose|pick|get to (?:decide|choose|pick|say)) (?:how|what|when|where|whether|if|which|who)\b|\byou (?:decide|choose)\s*[.!]*$",
    # permission not to talk, and sitting quietly together: no pressure to speak
    r"\b(?:okay|ok|fine|all right|alright) (?:(?:for you )?not to|if you (?:do not|would rather not|are not ready to|prefer not to|would prefer not to|can not)) (?:really |feel like |want to |feel up to )?(?:talk|talking|say|saying|answer|answering|share|sharing|open up|opening up|go into|get into|discuss|speak|speaking)\b|\b(?:okay|ok|fine|all right|alright) (?:to (?:be|stay|sit) quiet(?:ly)?|to say nothing|if you (?:are|stay|want to (?:be|stay)) quiet)\b",
    r"\bwe (?:can|could) (?:just )?(?:sit|be quiet|stay quiet|pause|take a (?:moment|minute|breather|break|pause)|have a (?:moment|minute|break|pause))\b(?! (?:down|up)\b)",
    # a suggestion handed back to the client's wish ("maybe try a walk, if you like"): see primary.advice_left_to_client
    r"\bif you (?:are interested|would like|like|want|fancy it|feel like it)\s*[.!,]*$|,\s*if you (?:are interested|would like|like|want)\b",
    # the say, the direction and the decision stay with the client, however it is phrased
    r"\byou are the one (?:who|that) (?:gets? to |can |will )?(?:decide|decides|choose|chooses|say|says|call|calls)\b|\byou get to (?:say|call it)\b|\bif you (?:decide|choose|would rather|do not want)\b.{0,40}\b(?:that is|it is|that would be|that will be) (?:totally |completely |perfectly )?(?:okay|ok|fine|alright|all right)\b",
    r"\b(?:go|talk about|cover|focus on|look at|go into) (?:only )?(?:where|wherever|what|whatever|as far as) you (?:want|like|choose|are comfortable|feel ready|are ready)\b|\b(?:is|that is|it is) (?:entirely |really |totally |completely )?your (?:business|affair)\b",
    r"\byou (?:might|may|could|can) (?:decide|choose|find)\b.{0,40}\b(?:that is|that would be|which is) (?:totally |completely |perfectly )?(?:okay|ok|fine|alright|all right)\b",
    r"\byou are the one (?:who|that) knows?\b|\byou (?:get|have) the (?:final|last) (?:say|word)\b|\b(?:final|last) (?:say|word) is yours\b|\bdown to you\b",
    r"\byou are (?:allowed|free|welcome) to (?:say no|disagree|stop|leave|pass|skip|change your mind|push back|decline|not)\b|\byou know (?:what is|what's) (?:best|right) for (?:you|your \w+)\b|\byou can (?:take (?:it|this|what you (?:want|like|need)) or leave it|use (?:what|whatever) (?:fits|helps|works))\b",
    r"\bi (?:will|am going to|can) (?:just )?leave (?:that|it|this|the decision|the choice) (?:with|to|up to) you\b|\bleave (?:that|it|this) (?:with|up to) you\b",
    # options, permission and no obligation, in plain words
    r"\byou (?:have |have got |have still got )(?:options|choices|a few options|other options)\b|\b(?:no one|nobody) (?:can|gets to|should) (?:decide|choose|make (?:that|this) (?:call|choice|decision))\b.{0,20}\b(?:but|except|apart from) you\b",
    r"\bwhatever (?:feels|seems|is) (?:right|best|okay|good) (?:for|to) you\b|\byou are (?:not|under no) (?:obliged|obligation|required)\b|\bthere is no (?:should|must|have to)\b|\b(?:none|any) of this is (?:compulsory|optional|mandatory)\b",
    r"\byou (?:can|could) (?:leave|go|walk out|stop)(?: at)? (?:whenever|any ?time|any point)\b|\byou can (?:ignore|disagree with|reject|tell me to (?:stop|back off|leave it))\b|\byou can take (?:what|whatever) (?:is|you find|fits)\b",
    # inviting the client to reject the counsellor's idea ("you can tell me if it's rubbish")
    r"{START}(?:please )?(?:do )?(?:tell|let) me (?:know )?(?:if|when|whether) (?:i am|i have|i got|i have got|that is|this is|it is|any of|none of|that does not|this does not|it does not)\b|\byou are (?:welcome|free) to (?:tell|let) me\b",
    r"\b(?:you can|you could|feel free to|do|please|just|and) (?:tell|let) me (?:know )?(?:if|when|whether|that) (?:it is|that is|this is|i am|i have|i have got|i got|it does not|that does not|none of|any of)\b|\b(?:tell|let) me (?:know )?if (?:it is|that is|this is) (?:rubbish|nonsense|no good|wrong|not (?:right|helpful|useful|for you)|way off|off the mark|off base)\b",
    r"\b(?:something|a question|one) only you can (?:answer|decide|say|know)\b|\byou (?:have|have got|have every) (?:every )?right to (?:say no|refuse|disagree|stop|leave|decide|choose)\b",
    # the decision named as the client's ("that decision's yours, not mine", "it's yours to make", "that's allowed")
    r"\b(?:that|the|this|it|whether \w+(?: \w+){0,4}) (?:decision |choice |call )?(?:is|stays|remains|will be) (?:all |entirely |completely |totally )?yours\b|\b(?:decision|choice|call)'?s (?:all |entirely )?yours\b|\bis yours to (?:make|decide|choose|take|call)\b|\b(?:is|is not|was not) (?:my|our) (?:call|decision|choice)\b|\bthat is allowed\b|\b(?:totally |completely |entirely )?optional\b|\btake (?:or|it or) leave\b|\bit is your (?:life|choice|call|decision|body|time|money)\b|\b(?:not|never) (?:signed up|committed) (?:for|to) anything\b|\bi am not (?:going to|gonna) (?:tell you what to do|make you|force you|push you)\b",
)
"""Choice, control and pace left with the client."""

VALIDATION: tuple[str, ...] = (
    r"\b(?:it|that|this) (?:makes|would make|totally makes|really makes) (?:a lot of |so much |total |complete |perfect |good )?sense\b|\bmakes (?:a lot of |so much |total |complete |perfect )?sense (?:that|you|why|to)\b",
    r"\bwould (?:scare|upset|worry|frighten|anger|shake|hurt|stress|throw|rattle|get to) (?:anyone|anybody|most people|everyone)\b|\banyone (?:would|in your (?:position|shoes|situation|place))\b|\b(?:anybody|any one) would\b|\bwho would not (?:feel|be)\b|\bmost people (?:would|in your)\b|\b(?<!not )(?<!not that )(?:a lot of|many|lots of|plenty of) (?:people|folks|clients|others) (?:feel|would|struggle|find|have|go|in your|say|worry)\b",
    r"\b(?:that|it|this|your reaction|your feelings?|what you feel|what you are feeling|feeling (?:that|this) way) (?:is|are|sounds|seems) {ADV}(?:understandable|normal|natural|valid|reasonable|fair|human|legitimate|okay|ok|all right|alright|expected)\b",
    # "who would?" after naming the reaction: anyone would feel it
    r"\bwho (?<=[,;] who )(?:would|could|does|would not|would want to|wants to)\s*[?!.]*$|\bwho (?<=, and who )(?:would|could|does|would not|would want to|wants to)\s*[?!.]*$",
    r"\bof course (?:you|it|that|anyone)\b|\bno wonder\b|\bwho (?:would not|could blame|would blame)\b",
    r"\b(?:it is|that is|it was|that was|this is) (?:not|never) your fault\b|\b(?:nobody|no one|anyone) should (?:ever )?have to\b|\byou (?:should not|should never) (?:ever )?have to (?:deal|go through|carry|face|put up|cope|feel|do (?:this|that|it)|handle|live)\b|\bit is not (?:weak|stupid|wrong|silly|a weakness|a failure|shameful|crazy|selfish) to\b|\bthere is no shame in\b",
    r"\b(?:do not|no) (?:need|have) to (?:apologi[sz]e|be sorry|feel (?:bad|guilty|ashamed|embarrassed|stupid))\b|\bnothing to (?:apologi[sz]e for|be ashamed of|be embarrassed about)\b|\b(?:is|are) (?:a |all )?(?:normal |natural |common |an expected )?part of (?:the process|change|recovery|it|this|being human|life|healing|getting better)\b",
    r"\b(?:a |an )?{ADV}(?:human|natural|normal|understandable|common|healthy) (?:reaction|response|thing to (?:feel|do|want)|way to feel)\b|\b(?:anybody|anyone|most people|everyone)\b.{0,50}\bwould (?:feel|be|react|do) (?:the same|that way|like that|similarly)\b",
    r"\b(?:make|makes) (?:a lot of |so much |total |complete |perfect |good |a great deal of )?sense\b|\b(?:no one|nobody) (?:would|could) (?:blame|judge) you\b|\byou are allowed to (?:feel|be|have|cry|grieve|be upset)\b|\bit is (?:okay|ok|fine|alright|all right) to feel\b",
    r"\b(?:is|are|sounds|seems|feels) {ADV}(?:understandable|normal|natural|valid|human|legitimate|expected|common|very common|really common)\b",
    r"\bi (?:can |totally |really |completely )?(?:understand|see|get|hear) (?:why|how) (?:this|that|it|you)\b|\bi would (?:feel|be|probably feel) (?:the same|that way|angry|frustrated|upset|annoyed|scared|defensive|that too|it too)\b",
    # a label negated is taken away: the client's reasons or self are not what they fear ("these aren't
    # excuses", "you're not lazy", "that doesn't make you a failure")
    r"\b(?:these|those|they|that|this|it) (?:are|is) not (?:just )?(?:an? |some )?(?:excuses?|cop-outs?|whining|moaning|complaining|weakness)\b|\byou are not (?:being )?(?:lazy|selfish|pathetic|useless|hopeless|a failure|a bad (?:mum|mom|dad|mother|father|parent|person|nurse|friend)|making excuses|whining|overreacting|being dramatic|a burden)\b|\b(?:that|it|this) does not make you (?:a |an )?(?:bad|weak|failure|lazy|selfish|useless|terrible)\b",
    r"\byou are not (?:alone|the only one|the first(?: person| one)?|crazy|weak|broken|a bad person|weird|stupid)\b|\bit is (?:okay|ok|all right|alright|fine|normal|natural|common|understandable) (?:to|that you|if you|not to)\b|\bit is (?:really |very |quite )?common (?:to|for people)\b",
    r"\b(?:that|it|this|change|this stuff|all (?:of )?this) (?:is|sounds|seems|must be|can be|would be|must have been) {ADV}(?:hard|difficult|tough|rough|a lot|heavy|painful|exhausting|overwhelming|scary|frightening|frustrating|stressful|awful|horrible|unfair|hard going|really hard)\b",
    r"\bi am (?:so |really |very )?sorry (?:to hear|that you|you are|you have|you had|about (?:your|what|that)|for your|for what|that happened|this is|it is|things)\b",
    r"\byour (?:feelings?|reaction|anger|frustration|fear|worry|concern|doubts?|scepticism|skepticism|hesitation) (?:is|are|makes?) {ADV}(?:valid|understandable|normal|fair|reasonable|sense|natural)\b|\bnothing wrong with (?:feeling|being|you)\b",
    r"{START}i (?:totally |completely |really )?(?:understand|get it)[\s.!,]*$|\bthat (?:is|was|sounds) (?:a lot|a lot to (?:deal with|carry|handle))\b|\bwho could blame you\b|\bi do not blame you\b|\byou have every right\b|\bfair enough\b|\byou have (?:got )?(?:good|every) reason\b",
    # the client's own verdict on their reaction denied ("that's not stupid at all"), a reaction anyone
    # would have ("would make anyone furious"), room to feel it ("it's safe to show that in here")
    r"\b(?:that|it|this|feeling that|feeling this) (?:is|was) not {ADV}(?:stupid|silly|weird|crazy|dumb|daft|ridiculous|pathetic|strange|odd|wrong|bad|weak|childish|dramatic|an overreaction)\b(?: at all)?|\bwould make (?:anyone|anybody|most people|everyone|a lot of people) {ADV}(?:{FEEL}|furious|mad|cross|livid|wary|nervous|defensive|sad)\b|\b(?:it is|you are) (?:safe|okay|ok|fine|allowed) (?:to|for you to) (?:show|feel|be|let|say|cry|get)\b",
    r"\b(?:a |an |such a |such an |really |super )?(?:understandable|normal|natural|common|human|reasonable) (?:fear|feeling|worry|reaction|response|thing to (?:feel|want|worry about)|way to feel)\b|\bwould have been {ADV}(?:{FEEL}|terrifying|frightening|horrible|awful|devastating|heartbreaking|hard|scary)\b|\b(?:that|it) (?:does |really )?(?:sounds?|seems?|is) {ADV}(?:unfair|not fair|harsh|rough|horrible|awful|tough|a lot|rubbish)\b|{START}(?:of )?course (?:you are|you do|you did|you would|you feel|it did|it does|it is)\b(?=.{0,60}\b(?:{FEEL}|after|when|because|she|he|they|lied|hurt|left)\b)|\b(?:is|are) (?:completely |totally |perfectly )?(?:fine|okay|ok|normal|welcome|allowed) (?:in here|here)\b|\b(?:loads|lots|plenty|a lot) of (?:people|ppl|folk)(?: \w+)? (?:cry|get upset|break down|say that|feel)\b",
)
"""Saying the client's feeling or reaction makes sense or is normal. "It's okay to take your time" is
coded here: the "it's okay to" frame normalises the reaction, and that is what the client hears first;
plain "take your time" (no frame) is autonomy."""

AFFIRMATION: tuple[str, ...] = (
    r"\b(?:that|it|this|coming here|showing up|saying that|telling me|admitting that|being here) (?:took|takes|must have taken|must take|shows|showed|says a lot about|is) (?:a lot of |real |some |so much |great |serious |incredible |huge |such |genuine |tremendous |a huge amount of |a great deal of )?(?:courage|guts|strength|bravery|honesty|commitment|determination|dedication|persistence|perseverance|patience|grit|stamina|discipline|willpower|resilience|loyalty|backbone|heart|effort|nerve|character|a lot|real strength|maturity|insight|self-control|self control|restraint|self-awareness|self-respect|wisdom|growth)\b",
    r"\b(?:that|it|this) (?:was|is) {ADV}(?:honest|brave|generous|kind|thoughtful|mature|wise|big|decent|good|smart|clever|strong|gutsy) of you\b",
    r"{START}(?:that|this|it) (?:is|was) {ADV}(?:brave|courageous|admirable|gutsy|bold|inspiring)\s*[.!]*$",
    r"\byou (?:have |had |have been |still ){0,6}(?:showed up|came (?:in|here|today|back|anyway)|made it (?:here|in|today|through|to)|kept (?:going|at it|trying|coming|your)|stuck with|got through|survived|managed|held (?:on|it together)|did not give up|have not given up|pushed through|stood up|reached out|asked for help|took (?:a|the) (?:step|risk|first step))\b",
    r"\byou (?:still )?(?:came|turned up|showed up) (?:here )?(?:even|anyway|although|despite|today)\b|\b(?:even though|despite|although) (?:you|it)\b.{0,40}\byou (?:still )?(?:came|are here|showed|made|did|kept|tried)\b",
    r"\b(?:is|was|that is|this is|that was|it is|it was|that sounds like|sounds like) (?:a |an )?(?:really |very |such a |huge |real )?(?:big|huge|real|important|great|brave|good|positive|significant|major|first|courageous|meaningful|smart|wise|clever|sensible|mature|healthy) (?:step|win|achievement|accomplishment|thing to do|change|deal|move|success|effort|start|insight|progress)\b",
    r"{START}(?:being|saying|admitting|coming|doing|telling|getting|staying|walking|making|reaching|asking|stopping|quitting|opening)\b.{0,40}\b(?:is not|was not|is never|takes|took|can not have been) (?:easy|courage|guts|strength|nothing)\b",
    r"\byou are (?:\w+ )?(?:someone|a person|somebody|the kind of person|the type of person) who (?:does not give up|keeps|cares|tries|wants|works|fights|takes|really|is|has|gets back up|never gives up)\b|\byou have (?:already )?done (?:a lot of |so much of |some of |most of )?(?:the )?(?:hard |real )?work\b",
    r"\byou (?:have |clearly |obviously |really ){0,6}(?:thought|reflected|worked|tried|fought) (?:a lot|hard|really hard|so hard|about this|carefully|long|a great deal)\b|\byou (?:have )?(?:done|made) (?:a lot|so much|real|some) (?:of )?(?:work|progress|effort|changes)\b",
    r"\byou (?:really |clearly |obviously |deeply )?(?:care|love) (?:a lot |so much |deeply |about|for|your|them|him|her)\b|\byou (?:really |clearly )?(?:value|want the best for|are devoted to|are committed to)\b|\b(?:it is|that is) (?:really |so |very )?(?:clear|obvious) (?:that |how much )?you (?:care|love|want|value|really)\b",
    r"\b(?:shows|showed|says a lot about|took|takes|must have taken|must take|speaks to) (?:a lot of |real |some |so much |great |such |serious |incredible |huge |genuine |tremendous |a huge amount of |a great deal of )?(?:courage|guts|strength|bravery|honesty|commitment|determination|dedication|persistence|perseverance|patience|grit|stamina|discipline|willpower|loyalty|backbone|effort|nerve|character|maturity|insight|self-awareness|resilience)\b",
    # what few could do, and keeping something going against the odds ("you've held the team together")
    r"\b(?:not many|very few|few|not a lot of|not everyone|not everybody) (?:people |of us )?(?:could|would|can|could have|would have|have managed|manage|are able|have the)\b(?! (?:care|say|agree|know|tell|believe)\b)|\byou (?:have |had |have been |are |were |still ){0,6}(?:kept|keeping|held|holding) (?:[a-z]+ ){1,3}?(?:together|going|running|afloat|on track|on its feet)\b",
    r"\byou are (?:such )?(?:a |an )?(?:really |very |incredibly |so |clearly |obviously |genuinely )?(?:strong|resilient|determined|brave|resourceful|thoughtful|capable|insightful|self-aware|caring|persistent|courageous|committed|loving|devoted|hard-working|hardworking)\b",
    r"\byou are (?:clearly |obviously |really |very |a )?(?:strong|resilient|determined|brave|honest|committed|resourceful|thoughtful|smart|capable|hard-working|hardworking|a survivor|a fighter|a good (?:dad|mom|mum|parent|father|mother|friend|person|partner|listener)|insightful|self-aware|caring|persistent|doing your best|doing (?:really )?(?:well|great|good))\b",
    r"\bi (?:really )?(?:appreciate|admire|respect|value) (?:your|that you|you|how you|the way you|it that)\b|\bthank you for (?:being|sharing|your|telling|trusting|opening|saying|letting|talking|explaining|taking)\b|\bthanks for (?:being|sharing|your|telling|trusting|opening|saying|being so)\b",
    r"\bi am (?:really |so |very )?(?:impressed|proud of you)\b|\byou (?:have |have got |have shown |showed |show )(?:a lot of |real |so much |such |great )?(?:determination|strength|courage|grit|insight|resilience|guts|commitment|patience|self-awareness)\b|\bit is (?:great|good|brilliant|really good|amazing|wonderful|fantastic|impressive|brave|admirable|encouraging) (?:that|to see|to hear|how) you\b|\byou were (?:really )?(?:honest|brave|strong|open|able|willing|courageous)\b|\b(?:good on you|nice one|kudos)\b|\brespect\b(?<!with respect)(?<!due respect)(?<!all respect)",
    r"\byou took (?:a )?(?:big |real |huge )?(?:risk|chance|step|leap)\b|\bi can see (?:that )?(?:how (?:hard|much) )?you (?:really |clearly )?(?:are trying|care|want|have (?:worked|tried)|love|mean it|are committed)\b|\bthat is {ADV}(?:something|impressive|amazing|huge|great)\b",
    r"\byou (?:have been|were|are being) {ADV}(?:honest|brave|open|strong|patient|thoughtful|generous|kind(?! of)|careful|consistent|committed|determined|resilient|courageous)\b|\byou handled\b(?! (?:it|that|this) (?:badly|poorly|wrong))|\bi am (?:really |so )?(?:struck|impressed|amazed|moved|touched) by\b",
    r"\bhow (?:determined|strong|brave|resilient|committed|honest|hard-working|hardworking|thoughtful|resourceful|caring) you (?:are|have been)\b|\byou {ADV}are {ADV}(?:trying|working hard|making an effort|putting (?:in|the work))\b|\b(?:come|came) a long way\b|\bmade (?:real |great |good |so much |a lot of )?progress\b|\byou are {ADV}good at\b",
    r"\byou are {ADV}(?:such )?(?:a |an )?{ADV}(?:loyal|devoted|dedicated|generous|kind(?! of)|patient|wise|smart|clever|talented|skilled|caring|loving|hard worker|survivor|fighter|honest|brave|strong|good (?:friend|dad|mum|mom|parent|father|mother|person|listener))\b",
    r"\b(?:well done|good for you|way to go|great job|nice work|good job|that is impressive|that is amazing|that is great|that is huge|that is wonderful|that is fantastic|that is brilliant|congratulations|that is no small thing|that is not nothing|that is something|be proud)\b",
    r"\byou (?:did|handled|managed) (?:it|that|this|well|so well|great|really well|a good job|something)\b|\byou were able to\b|\byou have been (?:sober|clean|dry|working|trying|coming|going|showing)\b|\byou (?:have )?(?:cut|stayed|kept) (?:down|back|sober|clean|dry)\b",
    r"\byou (?:have )?(?:got|have|had) (?:a (?:real |natural )?|such a )?(?:knack|gift|talent|way with)\b|\bsays a lot about you\b|\byou (?:have )?{ADV}stuck (?:to|with) (?:your|the|that|it)\b|\byou did not let (?:that|it|this|them|him|her|anything|anyone|fear|the \w+) (?:stop|beat|get to|put you off|hold you back)\b|\byou (?:have )?{ADV}thought (?:that|it|this|things) (?:through|out)\b",
    r"\byou (?:were|have been|are) (?:really |always |still )?there for (?:your \w+|her|him|them|people|everyone|each other)\b",
    r"\byou (?:have |had )?(?:showed|shown|show) (?:a lot of |real |great |such |so much |some )?(?:restraint|self-control|self control|maturity|patience|honesty|courage|strength|determination|commitment|insight|self-awareness|guts|grit|resilience|care|kindness)\b|\byou are {ADV}self(?:-| )aware\b",
    r"\byou (?:have )?(?:done|managed|pulled off|achieved) (?:something|a thing) {ADV}(?:hard|difficult|tough|brave|big|huge|important|amazing|special)\b|\byou (?:had|have|found|showed|have shown) (?:the )?(?:courage|guts|strength|nerve|honesty|decency|wisdom|presence of mind) to\b",
    r"\b(?:that|it|this) (?:is|was) (?:a |an )?{ADV}(?:such a |an? )?(?:brave|courageous|bold|honest|generous|kind|thoughtful|wise|mature|big|hard|difficult) (?:thing|step|decision|choice|move) to (?:say|do|admit|share|make|take|realise|realize)\b|\byou (?:have )?(?:already )?(?:made|started making|begun making) (?:some|a few|real|big|important|good|positive|healthy) (?:changes|steps|progress)\b",
    r"\byour (?:honesty|courage|strength|commitment|determination|persistence|effort|openness|insight|resilience|love for)\b|\bi can see (?:how (?:hard|much) you|that you (?:are trying|care|have|want))\b|\bi see how (?:hard|much) you\b|\bthat (?:is|shows) (?:real )?(?:progress|growth|strength)\b",
    # effort kept up ("u really do try with him, u keep showing up for him"), a first ("that's a first"),
    # what an act says about the client ("that says something about how you keep your word")
    r"\byou (?:really |honestly |clearly )?do try\b|\byou (?:still )?keep (?:showing up|turning up|trying|going|coming|fighting|getting back up|at it)\b|\b(?:that is|that was|it is|it was) (?:a |your )?(?:real |big )?first\b|\b(?:that|it|this) (?:says|shows|tells me) (?:something|a lot|loads) about (?:you|how you|who you|the kind of|what kind of)\b|\byou (?:were|are) standing up for\b|\byou did not (?:reach for|pick up|have|touch|give in|cave)\b",
    r"\b(?:that is|that was|this is|it is|that shows|that takes|that took) (?:a |such a |so much |some |real |proper |a real |a proper )?(?:lot of |real |proper |big |huge |massive |serious |great )?(?:commitment|courage|effort|skill|determination|strength|turnaround|achievement|dedication|grit|guts|resilience|persistence|graft|looking after them|care|love|progress)\b|{START}(?:and )?that counts\b|\b(?:that is|that was|it is|it was) (?:not|never) (?:easy|nothing|a small thing)(?: at all)?\b|\bthat can be (?:really |so )?(?:hard|tough|difficult) to do\b|{START}(?:oh,? )?that is (?:lovely|wonderful|brilliant|great|amazing|fantastic)\s*[.!]*$|\b(?:has|have) (?:probably |really )?got you through\b|\band (?:here you are|look at you)\b",
)
"""Naming a real strength, effort, value or success."""

AFFIRMATION_EXTRA = (
    # everything the client has given to something ("you've put everything into keeping the house running")
    r"\byou (?:have |had )?(?:really |always )?(?:put|poured|given|gave|devoted|dedicated|thrown) (?:everything|so much|a lot|your (?:all|heart|heart and soul|life|everything)|years|all you (?:have|had|could))(?: of yourself)? (?:into|to)\b",
    # praise in the form of advice ("you should be proud of how far you've come")
    r"\byou (?:{ADV})(?:should|ought to|can|could|have every right to|deserve to) {ADV}(?:be|feel) {ADV}(?:so )?(?:proud|pleased with yourself|chuffed|good about (?:that|this|it|yourself|what you|how you))\b|\byou (?:should|can|could|deserve to) give yourself (?:\w+ )?(?:credit|a pat on the back)\b",
    r"\byou (?:have |had |have been |are |were |clearly |really |obviously ){0,6}(?:giving|given|gave|putting|put) (?:this|it|that|a lot|so much|real|serious)\b(?: [a-z]+){0,3}? (?:thought|consideration|effort|work|care|energy)\b",
    r"\byou (?:have |had )?(?:really |clearly |obviously )?(?:thought (?:about|through) (?:this|it|that) (?:a lot|carefully|a great deal|really well))\b",
)

REPORTED_SPEECH: tuple[str, ...] = (
    r"{START}(?:you|earlier you|last week you) (?:said|told me|mentioned|are saying|just said|have said|were saying(?=\s*\w))\b",
)
"""Giving back what the client said in so many words: a reflection even when the content is a success
("you said you've cut down") or a feeling, so it outranks affirmation and validation cues."""

REFLECTION_OPENERS: tuple[str, ...] = (
    r"(?:^{LEADING_FILLERS}|\b(?:it|that|this|so it|kind of|sort of|almost|and it|but it|here|everything|life) )(?:sounds|sounded|seems|seemed|looks|feels) (?:like|as if|as though|that)\b(?! (?:a good|a plan|fun|a deal))",
    r"{START}(?:so|and so),? (?!what|how|why|when|where|who|do|does|did|are|is|can|could|will|would|let|tell me|talk|i |we |um|uh|anyway|today|okay|yeah|right|now|should|shall|have|has|maybe you (?:could|should|can)"
    # "so" that moves the talk on, not onto the client's words: "so my suggestion", "so first of all",
    # "so even a short walk", "so there are some answers on this form"
    r"|my |our |first|even |for (?:example|instance)|there (?:is|are|has been|have been|was|were) (?:some|a few|an?|the|lots?|a lot|research|evidence)\b|here |then |next |before |after |again |one (?:thing|of the)|that is (?:why i|what i|all)\b|the (?:other|next|way this)\b)\w+",
    r"\bwhat i (?:am )?(?:hear|hearing|heard|understand|get) (?:is|you|from|here)\b|\bi (?:am )?hear(?:ing)? (?:you|that|how|what)\b|\bi hear you\b|\bif i (?:understand|hear|am hearing|get) (?:you|this|that|it)\b|\bi get (?:it|that|you)\b(?! (?:but|wrong))",
    r"\byou (?:are |have been |were )?(?:feel|feeling|felt|sound|seem|are sounding)\b|\byou are (?:not sure|unsure|torn|fed up|tired|sick|done|worried|scared|afraid|angry|frustrated|upset|hurt|stuck|annoyed|lonely|ashamed|embarrassed|overwhelmed|exhausted|confused|sceptical|skeptical|wary|suspicious|here because|saying|telling me|wondering|thinking)\b",
    r"\byou (?:really |just )?(?:do not|did not) (?:want|think|like|feel|trust|believe|see|know|agree|need)\b|(?:^{LEADING_FILLERS}|\b(?:so|and|but|because|that|since|when|maybe|perhaps|guess|like|now|also|still|where|while|though) |, )you (?:really |just |still )?(?:want|wanted|think|believe|wish|hate|miss|worry|worried|doubt|like|love|need|would (?:rather|like)|would prefer|are hoping)\b",
    r"\b(?:part of you|a part of you|on (?:the )?one hand|on the other hand|at the same time|and yet)\b|\bi (?:wonder|am wondering|guess|imagine|suspect|sense|get the sense|get the feeling) (?:if|whether|that|that you|you|maybe|part)\b",
    r"\bit is (?:almost |kind of |sort of |a bit |just )?(?:like|as if|as though)\b|\b(?:it is|this is|that is|things are) (?:really )?important to you\b|\b(?:it|that|this) matters (?:a lot |so much )?to you\b|\bfor you,? (?:it is|this is|that is|the|being|what)\b|\byou (?:have|have had|had|have been|are) (?:enough|it up to here|been through|dealing|carrying|doing|having)\b",
    r"(?<!what )(?<!whatever )(?<!anything )(?<!everything )\byou (?:said|told me|mentioned|are saying|are telling me|keep saying)\b|\byour (?:wife|husband|partner|boss|mum|mom|dad|parents|kids|family|doctor|probation officer|friends|court|judge) (?:is|are|wants?|made|sent|thinks?|says?|told|keeps?|has|does|did|was|were)\b",
    r"\b(?:it|that|this) (?:really )?(?:scares|worries|frustrates|hurts|upsets|bothers|annoys|angers|terrifies|frightens|saddens|gets to|embarrasses|shames|stings) you\b|{START}(?:maybe|perhaps) (?:it is|this is|that is|the|what|part|there is|some of|a lot of)\b",
    r"\b(?:nobody|no one|everyone|everybody|people) (?:is|are|seems|seem|has|have|keeps?|wants?|really|ever|actually|listens?|understands?|gets|cares?|believes?|trusts?|is telling|are telling|telling|on your case|on at you)\b",
    r"\b(?:the )?last thing you (?:need|needed|want|wanted)\b",
    # what something feels like to the client, said of it ("losing the team feels like way too big a price")
    r"\b[a-z]+ (?:feels|feel|felt|must feel|can feel) like\b|\byou (?:are |were )?(?:starting|beginning) to (?:wonder|think|feel|see|realise|realize|notice|question|doubt)\b",
    # how the client treats themselves ("you blame yourself", "you keep telling yourself you're fine")
    r"\byou (?:keep |still |really |kind of |sort of )?(?:blame|blaming|hate|hating|beat|beating|kick|kicking|tell|telling|see|call|calling|punish|punishing|judge|judging) yourself\b",
    # what lies under the surface ("underneath the anger there's a lot of hurt")
    r"{START}(?:and |but )?(?:underneath|beneath|behind|under) (?:all )?(?:the|that|this|your|those) \w+",
    # a guessed state, with the subject left out ("maybe a bit worn down by all this")
    r"{START}(?:but |and )?(?:maybe|perhaps|probably) (?:a bit |a little |kind of |sort of |also |quite |really |pretty |even |more )?(?:{FEEL}|worn (?:down|out)|run down|fed up|on edge)\b",
    # what a situation is like to live through, said of it in general: a guess at the feeling under the
    # client's words ("being the one everyone relies on can be lonely")
    r"{START}(?:being|having|living|losing|carrying|looking|caring|watching|trying|doing|holding|keeping|working)\b[^.;?]{0,60}\b(?:can|could|must|might|would|will)(?: have)? (?:be|been|get|got|feel|felt) {ADV}(?:{FEEL}|terrifying|frightening|overwhelming|isolating|heartbreaking|devastating|draining|crushing|hard|tough|brutal|exhausting)\b",
    # a guess at what it was like for the client ("I bet that was scary"), not a wager on a fix
    r"\bi bet (?:you|that|it|this)\b",
    # a guess at the client's state or taste ("you must like that statue"), not an order
    r"\byou {ADV}must {ADV}{MUST_GUESS}",
    # "have to be" + a feeling guesses the client's state ("you have to be exhausted"); "need to feel
    # heard" names the client's need: neither is an order
    r"\byou {ADV}(?:have|have got|got|need) to {ADV}(?:be|feel) {ADV}(?:{STATE_GUESS}|{INNER_NEED})\b|\byou {ADV}need to {ADV}feel (?:like|that|as if|as though)\b",
    # the client's wondering named ("you might wonder whether you need to be here at all")
    r"\byou (?:are |have been |were |might |may |might be |may be )?(?:(?:maybe|perhaps|probably|also|still|really|sometimes|even) ){0,6}(?:wonder|wondering|wondered|asking yourself|questioning) (?:if|whether|why|what|how)\b",
    # what was done to the client, or how they seem ("you've been let down a lot", "you don't seem to
    # want to be here")
    r"\byou (?:have been|had been|were|have felt|felt|get|got|keep getting|have|had) {ADV}(?:let down|hurt|burned|burnt|abandoned|betrayed|rejected|ignored|dismissed|judged|blamed|lied to|used|overlooked|taken for granted|pushed around|messed around|knocked back|written off|left out)\b|\byou (?:do not|did not|never) {ADV}(?:seem|sound|look|appear)\b",
)
"""Phrasings that give the client's words back (reflection openers and echo frames)."""

COMPLEX_MARKERS: tuple[str, ...] = (
    r"\blet down\b|\bworn out\b|\bburn(?:ed|t) out\b|\bon edge\b|\bat (?:the end of your rope|your wits)\b|\bit is (?:almost |kind of |sort of |a bit |just )?(?:like|as if|as though)\b|(?<!feel )(?<!feels )(?<!feeling )(?<!felt )(?<!sounds )(?<!seems )(?<!looks )(?<!seem )\blike you are\b|\b(?:less|more) about\b|\bfeeling (?:down|low)\b",
    r"\b(?:part of you|a part of you|on (?:the )?one hand|on the other hand|at the same time|and yet|both)\b",
    # two sides in one breath ("you'd like to stop but you're not sure you can")
    r"\bbut (?:you are|you|part of you) (?:also |still )?(?:not sure|unsure|worried|scared|afraid|do not|can not|doubt|wonder|fear)\b",
    r"\bcarr(?:y|ying|ied) (?:a lot|so much|all (?:of )?(?:this|that|it)|the weight|a (?:heavy )?(?:load|weight|burden)|this|that)\b|\b(?:on your own|by yourself|all alone|single-handed\w*)\b|\b(?:weight|burden) (?:on|of)\b",
    r"\b(?:maybe|perhaps|i wonder|i guess|i imagine|i suspect|i bet|i get the sense|i sense|almost like|as if|as though|kind of like|sort of like|like maybe|underneath|deep down|beneath)\b",
    r"\byou {ADV}must {ADV}{MUST_GUESS}",
    r"\byou {ADV}(?:have|have got|got) to {ADV}be {ADV}{STATE_GUESS}\b",
    r"\b(?:important to you|matters (?:a lot |so much )?to you|you value|means (?:a lot|so much|something) to you|what you really want)\b",
    r"\b(?:really|so|very|completely|totally|absolutely) (?:hard|tough|difficult|painful|much|tired|fed up|unfair)\b|\blast thing you (?:need|needed|want|wanted)\b",
)
"""Signs that a reflection adds meaning: a guess, a double side, a value, an intensifier."""

OPEN_QUESTION: tuple[str, ...] = (
    r"{START}where (?:do|would|could|will) (?:you|we) (?:want to |like to )?(?:go|see|take|end up|be)\b.{0,30}\b(?:from here|next|future|(?:years?|months?)(?: time)?)\b",
    r"{START}(?!how (?:are you|is it going|are things|is your day|was your (?:day|weekend|week))(?! feeling)\b)(?:and )?(?:what|how|why|in what ways?|what kind|what sort|how come|what else|which part|tell me)\b(?! (?:old|long|many|much|often|far|tall|time|year|day|date|age|number) )(?!(?: is| was)? your (?:name|age|address|number|date|job)\b)",
    # "do you want to talk about your dad?" asks yes or no: wanting to talk is asked, not invited
    r"(?:^{LEADING_FILLERS}(?:please )?|\b(?:you|to|please) )(?:tell me|talk\b(?<!want to talk)(?<!like to talk)(?<!fancy to talk)(?<!ready to talk)|explain|describe|walk me through|fill me in|help me understand)\b.{0,12}\b(?:more|a (?:bit|little)|about|what|how|why|anything|something)\b|\b(?:tell|say|share) (?:me |with me )?(?:a (?:bit|little) )?more\b(?! than\b)|\bshare (?:with me )?(?:what|how|about|a bit|a little)\b",
    r"\b(?:can|could|would|will|do) you (?:please )?(?:tell|say (?:more|a bit|a little|something|what|how)|share|talk|describe|explain|walk me through|help me understand|fill me in|give me an example|paint|unpack|expand)\b",
    r"\bi (?:would|am|will|should) (?:love|like|really like|be interested|curious|interested|keen|wondering) (?:to )?(?:(?:hear|know|understand|learn) (?:more|what|how|why|when|where|who|whether|if|your|about|a bit|a little|from you|(?:it|that|this) better)|about|what|how)\b|\bi am (?:curious|wondering|interested)(?: to (?:hear|know))? (?:about|what|how|why|if you could)\b",
    r"{START}(?:sorry,? )?(?:go on,? )?you were saying\s*[.?]*$|\bhelp me understand\b|\bwhat (?:is|was) (?:that|it|this) like\b|\bwhat (?:happens|happened) (?:when|next|then|after)\b|\bhow (?:do|did|does) (?:that|it|this) (?:feel|affect|work|go|make you)\b",
    r"{START}(?:please )?(?:walk|talk) me (?:through|thru)\b|{START}(?:just )?try (?:describing|putting it into words|explaining|telling me|saying)\b|\bwhere (?:does|do|did) (?:that|this|it|the \w+|that \w+|your \w+)(?: \w+)? come from\b",
)
"""Inviting the client to elaborate in their own words."""

CLOSED_QUESTION: tuple[str, ...] = (
    r"{START}(?:do|does|did|are|is|was|were|can|could|will|would|have|has|had|should|shall|may|might|am|must|is there|are there|ever|any)\b\s+(?:you|it|that|this|there|they|he|she|we|i|your|anyone|anything|someone|somebody|things|the|a|any|he|people|drinking|using)\b",
    r"{START}(?:how (?:old|long|many|much|often|far|tall)|when (?:did|do|does|was|is|will|were|are)|where (?:do|did|is|are|was|were|does)|who (?:is|was|do|did|are|else)|which|what (?:time|year|day|date|age|kind of car|number)|what is your (?:name|age|address|number|job))\b",
    r"\b(?:right|yes or no|or not|correct|true|yeah|okay|ok)\s*\?\s*$",
    r"{START}(?:you|you are|are you) (?:okay|ok|alright|all right|good|with me|still with me)\s*\??\s*$",
    r"{START}(?:anything else|any (?:other )?(?:questions|thoughts|concerns|worries)(?: so far| about (?:that|this|it))?|(?:is there )?anything (?:else )?you (?:want|would like) to (?:add|ask))\s*[?.]*$",
    r"\b(?:do|did|are|is|was|have|has|can|will|would) (?:you|it|that|they)\b.{0,40}\?\s*$",
)
"""Questions answerable with yes/no or a short fact."""

INFORMATION: tuple[str, ...] = (
    r"\b(?:confidential|confidentiality|private|stays (?:in|between|here)|between us|between you and me)\b(?!.{0,120}\b(?:you (?:should|need|must)))",
    r"\bwe have (?:about |around |roughly |another |only |just )?(?:\d+|an? (?:hour|half|few)|ten|fifteen|twenty|thirty|forty|fifty|sixty|five)\b.{0,20}\b(?:minutes|hour|hours|sessions|weeks|left)\b|\b(?:\d+|fifty|sixty|forty|thirty|twenty|ten) minutes\b",
    r"\b(?:sessions?|appointments?|meetings?|the group|the program(?:me)?|the course|the assessment|the court order|treatment) (?:is|are|will be|last|lasts|run|runs|happen|happens|meets?|take|takes|starts?|ends?|usually|typically|tend)\b",
    r"\b(?:a lot of|some|lots of|plenty of|years of|decades of|good|new) (?:research|studies|evidence)\b|\bthe (?:guidelines?|research|evidence|studies|data|statistics) (?:we|that|say|says|suggest|show|shows|on|about)\b|\b(?:can|could|may|will|does) (?:raise|increase|lower|reduce|double) (?:the|your|their|someone's) (?:risk|chance|chances)\b",
    r"\b(?:research|studies|evidence|data|statistics|science) (?:shows?|suggests?|says|indicates?|has shown|have shown|tells us|finds|found)\b|\bit is (?:well )?(?:known|documented|established) that\b",
    r"\b(?:alcohol|drinking|withdrawal|cannabis|nicotine|caffeine|stress|sleep|depression|anxiety|medications?|detox|relapse|trauma|the brain|your body|the body) (?:can|may|often|tends to|is known to|affects?|causes?|usually|typically|increases?|reduces?|changes?)\b",
    r"\bi (?:would|will|might) (?:only )?(?:have|need) to (?:share|tell someone|report|break confidentiality|pass)\b|\bthe only time i\b|\b(?:safety|someone) (?:is|was|were) at risk\b|\bsupervis(?:or|ion)\b|\bi will be (?:recording|taking notes|writing|sending|sharing|using)\b|\b(?:recording|record) (?:the|this|our) session\b|\bmeets? (?:on|every|at|weekly|once)\b",
    r"\b(?:my|our) (?:role|job|part|aim|purpose) (?:here )?is\b|\bi (?:am|will be|have to|must) (?:required|obliged|legally required|mandated) to\b|\bi (?:am|have to|will) (?:report|write|send|share|let)\b|\bthe (?:way|how) (?:this|it|therapy|counselling) works\b|\bhere is how (?:this|it|we)\b|\bthe way this works\b",
    r"\b(?:your gp|your doctor|the team|the service|we|they|the clinic) (?:can|could|will) (?:refer|arrange|book|send|prescribe|offer|give you|talk you through)\b|\brefer(?:ral)?\b|\b(?:is|are) (?:kept|stored|held|recorded|deleted|written down)\b|\bonly (?:the team|i|your worker|staff) (?:can|will|would) (?:see|read|access)\b",
    r"\byou will (?:get|receive|be sent|be given|be offered|hear from)\b(?= (?:a|an|the|your|us|them|me|some|two|three|one)\b)",
    r"\b(?:gets?|will get|is|are|will be|would be) (?:only )?(?:told|informed|notified|shown)\b(?=.{0,40}\b(?:whether|if|that|about|when|what)\b)|\bjust so you know\b|\bi (?:have to|need to|must|will) (?:keep|take|write) (?:notes|a record|records)\b|\b(?:means|refers to|is called|is defined as|is a term for)\b|\b(?:can|will) be (?:moved|cancelled|canceled|rescheduled|changed|arranged)\b|\bself-refer\b|\b(?:is|are) (?:free|free of charge|open (?:on|from|until|every))\b",
    r"{START}(?:this|the|our|these|all|most|all of the|most of the) (?:service|clinic|programme|program|group|course|sessions?|appointments?|assessments?|forms?|questionnaires?|meetings?|team|guidelines?|rules?)\b",
    # how a treatment works ("the patch gives you a steady dose...")
    r"{START}(?:the|a|this|that|your) (?:nicotine )?(?:patch|patches|gum|medication|medicine|pills?|tablets?|treatment|injection|inhaler|prescription|dose|antidepressants?|methadone|detox) (?:gives|give|works|work|helps|help|stops|blocks|reduces|makes|can|will|should|takes|usually|tends|lasts|is designed|is meant)\b",
    r"\bi am (?:not|never) (?:here|going|trying) to (?:judge|critici[sz]e|lecture|tell you off|blame|shame|report) you\b|\bi (?:will not|would not|do not) (?:judge|critici[sz]e|lecture|blame) you\b|\b(?:no judgment|no judgement|judgment-free|judgement-free|judgment free|judgement free)\b",
    r"\bmy name is\b|\bi am (?:a |an |the |your )(?:counsell?or|therapist|trainee|student|social worker|psychologist|clinician|practitioner)\b|\bi work (?:with|as|here|for)\b",
    r"\b(?:we|i) will (?:meet|start|have|see|begin|finish|end|look|talk|spend|be meeting|cover|go over|review|check in)\b|\bnext (?:week|session|time) (?:we|is|will)\b|\bwe (?:meet|usually|normally|typically)\b",
    # results and body facts: the record or the body speaks, not the client
    r"\byour (?:test|tests|blood|bloods|scan|x-ray|results?|levels?|liver|kidneys?|blood pressure|blood sugar|cholesterol|weight|bmi|numbers|readings?|heart rate)(?: (?:test|tests|results?|levels?|function|tests))? (?:came back|come back|are|were|is|was|has|have|showed?|look|looked|went|has been|have been|needs? to|has to|have to)\b|\byour (?:body|brain|liver|tolerance|system|immune system) (?:has to|have to|needs? to|gets|starts|becomes|tends to|can|will|builds)\b",
    r"\b(?:a standard drink|units? of alcohol|the (?:recommended|guideline|limit)|guidelines? (?:say|suggest|recommend)|the law|legally|is defined as|on average|per cent|percent|\d+ ?%)\b",
    r"\bthere (?:is|are) (?:a |an |some |several )?(?:\w+(?:'s)? )?(?:group|groups|program|programs|programme|services?|helpline|hotline|resources?|leaflets?|forms?|waiting list)\b|\bthe (?:clinic|office|centre|center|service|helpline) (?:is|opens|closes|has|offers)\b",
)
"""Neutral facts: how therapy works, confidentiality, structure, research; no recommendation."""

INFORMATION_FRAMES: tuple[str, ...] = (
    # reading back a form, chart or screening: the record speaks, not the client's last words
    r"\b(?:on|in|from) (?:this|the|your|these) (?:form|forms|chart|questionnaire|screening|survey|sheet|records?|file|notes|assessment|results?|answers)\b",
    r"\b(?:looks like |it looks like |it looks that |i see )?you (?:put down|wrote down|ticked|checked off|circled|marked down|scored|rated yourself|filled (?:in|out)|(?:had )?(?:checked|ticked|marked) (?:the|a|that|this) box)\b",
    # why the counsellor does something ("that's to give you feedback so that...")
    r"{START}(?:and )?(?:that|this|it) (?:really )?is (?:just |really |mainly |partly )?(?:to|so that|so we|so i|in order to) (?!be\b)",
    r"\bthe (?:reason|idea|point|purpose|goal) (?:i|we) (?:ask|do|am asking|are doing|check|use)\b|\bthe (?:reason|idea|point|purpose) of (?:this|that|these|the)\b",
    # agenda and structure ("let's talk about how...", "before we get to that I'll ask you...")
    r"{START}(?:let us|we will|we are going to|i am going to|i will) (?:just )?(?:talk about|look at|go over|go through|see how|start (?:with|by)|take a look|check (?:in|how)|ask you (?:a few|some|about)|spend)\b",
    r"\bbefore we (?:get to|go on to|move on to|talk about) (?:that|this|it|anything)\b",
    # how the sessions run ("so the way it works is...")
    r"\bthe (?:way|how) (?:this|it|therapy|counselling|counseling|the group|the programme|the program|the course|the sessions?) (?:works|will work|runs|goes)\b|\bhere is how (?:this|it|we)\b",
    r"{START}i (?:did |do |really |just |also )?(?:want|wanted|would like|need|needed) to (?:talk (?:to|with) you (?:about|though)|ask you (?:about|a few|some)|go over|bring up|check in about|mention)\b|\bi (?:will|am going to|would like to|want to|need to)(?: probably| also)?(?: want to| need to)?(?: just)? ask you\b",
)
"""Frames that make a statement about the client neutral information: reading back a form or chart,
explaining why the counsellor does something, setting the agenda. They outrank the reflection
frames ("looks like you put down..." reads a form; it does not reflect)."""

GENERAL_FACT = (
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|a dozen|half a?)"
    r" (?:or more |or fewer |or less )?(?:standard )?(?:drinks?|units?|days?|nights?|weeks?|months?|years?|times?|hours?|minutes?|percent|per cent"
    r"|milligrams?|mg|pounds?|kilos?|calories|cigarettes?|glasses|beers|bottles|servings?|steps|miles|doses?|pills?|tablets?)\b"
    r"|\b(?:once|twice|three times|four times) (?:a|per|every) (?:day|week|month|night|fortnight|year)\b"
    r"|{START}(?!(?:nothing|something|everything|anything|thing|morning|evening|being|king|ring|nothing)\b)"
    r"(?:[a-z]+ing|physical activity|exercise|alcohol|smoking|sleep|research|(?:most|many|a lot|some|lots)(?: of the)? (?:people|clients|folks)(?: (?:i|we) (?:see|work with|meet)(?: here| in here)?)?)"
    r"(?: (?:who|that) [a-z]+(?: [a-z]+){0,3}?)?"
    r" (?:(?:is|are) (?:also |really |actually )?(?:a |an )?(?:great|good|healthy|bad|harmful|important|linked|known|one|the|common|safe|risky"
    r"|depressant|stimulant|sedative|risk factor|trigger)"
    r"|can|may|helps?|causes?|raises?|lowers?|increases?|reduces?|affects?|tends? to|benefits?|has been shown|try|need|relapse|find|take|were|are|have been|had been|got)\b"
    r"|{START}i (?:have )?(?:wrote|written|prescribed|ordered|sent|referred|booked|scheduled|reviewed|looked at|spoke to|talked to)"
    r" (?:a|an|the|his|her|their|some|him|her)\b"
)
"""A general fact stated without "you" (a quantity, a general claim, what the counsellor did on the
case): information, when nothing else in the unit is coded ("walking is great exercise", "that's at
least twelve drinks a week", "I wrote a prescription for antibiotics")."""

# --------------------------------------------------------------------------------------------------
# Stance: what the counsellor's own voice does to the client
# --------------------------------------------------------------------------------------------------
# A statement about the client is a reflection only when it gives back the client's content; these
# tables read the counsellor's own stance in a clause, from what each kind of pressure *does* (a verdict
# on the person, a prediction of harm used to push, a universal used to argue, mock agreement...), so a
# clause that does one of them is pressure however it is phrased. A clause that only gives the client's
# own words back (their "I'm so lazy", their "I'll end up like my dad") is reflected, not imposed: see
# ECHOED_STANCE. An obligation, fear or view of the client's ("you feel you were stupid", "you're worried
# you'll lose your job") is shielded (SHIELDS).

VERDICT: tuple[str, ...] = (
    # a trait or a kind of person put on the client ("you're being selfish", "youre acting like a brat",
    # "you sound like a spoilt child"); their own feeling ("you feel like a failure") is no verdict
    r"\byou (?:are|were|have been|are being|were being|are acting|were acting|act|acted|are behaving|behave|behaved|sound|sounded|look|looked|seem|seemed|come across as|came across as) {ADV}(?:like )?(?:(?:such|nothing but|a real|a total|a complete|an absolute|a bit of|a right|a proper|some|a|an) ){0,3}{ADV}(?:[a-z]+,? ){0,2}(?:{TRAIT}|{LABEL})\b",
    # a trait said of what the client did ("that's so selfish", "that was irresponsible of you", "a stupid
    # thing to do"); not of something else ("it's stupid how they treat you")
    r"\b(?:that|this|it|which|what you did|what you said|doing that|saying that|that move|that behaviou?r|your behaviou?r|your attitude) (?:is|was|sounds|sounded|seems|seemed|looks|looked) {ADV}(?:(?:such|a|an|so|just|bloody|well|pretty) ){0,3}{ADV}{TRAIT}\b(?! (?:that|how|when|the way|what) (?!you\b))",
    # a moral verdict on how the client behaves ("it's disgusting how you treat your mum")
    r"\b(?:it is|that is|it was|that was) {ADV}(?:not (?:okay|ok|on|acceptable|right)|unacceptable|wrong|out of order|disgusting|disgraceful|shameful|appalling) (?:how|the way|what|that) you\b",
    # the client's conceit thrown back ("you think you're so clever", "you think you know it all")
    r"\byou (?:really |actually |honestly )?think (?:that )?you (?:are |were )?(?:so |really |just )?(?:clever|smart|funny|better than|special|above|untouchable|always right|the only one|hard|tough|the victim)\b|\byou think you know (?:everything|it all|best|better)\b",
    # a verdict on what the client did or said ("a horrible, controlling thing to say", "that's awful of u",
    # "you're really crossing a line", "that was a betrayal of her trust", "not good enough as a parent")
    r"\b(?:a|such a|an) {ADV}(?:[a-z]+,? )?(?:terrible|horrible|awful|hurtful|cruel|nasty|mean|cold|heartless|harsh|shameful|spiteful|low|dreadful|unkind|controlling|selfish|stupid|dumb|messed up|disgusting|vile|sick|twisted) (?:thing|way) to (?:say|do|treat|speak to|talk to)\b|\b(?:that|this|it|which) (?:is|was) {ADV}(?:[a-z]+ )?(?:{TRAIT}|awful|terrible|horrible|mean|cruel|nasty|heartless|hurtful|harsh|low|out of order|rubbish|disgusting) of (?:you|u)\b|\bcrossing a line\b|\ba betrayal\b|\bnot good enough (?:as a|for a|for your)\b|\ba shameful\b",
    # the client's conceit thrown back ("you think you're so clever", "you think you know it all")
    r"\byou (?:only|just|never|always) (?:care|think|worry) about (?:yourself|you|number one)\b|\bclassic (?:{LABEL}|narcissist|addict|you|move|excuse|behaviou?r|teenager|teen)\b",
    r"\btypical (?:{LABEL}|teenager|teen|teenage|kid|man|woman|bloke|lad|boy|girl|male|female|you|of you|behaviou?r|excuse|attitude|response|answer)\b",
    # a kind of person, or a diagnosis, thrown at the client ("ur a gambler mate", "so ur a shopaholic
    # basically", "a bit of a hothead", "you play the victim", "thats so ocd", "a real anger problem")
    r"\byou are {ADV}(?:(?:basically|literally|just|such|kind of|kinda|a bit of|a right|a real|a total|a proper|a bit|really|a|an) ){1,3}(?:[a-z]+(?:aholic|oholic|head|drinker|gambler|user|abuser|freak|case)|stoner|loner|gambler|hothead|hypochondriac|drama queen|mummy's boy|mummys boy|daddy's girl|control freak|people pleaser|snob|bully|victim|binge drinker|problem drinker|hysteric|narcissist|sociopath|psychopath|addict)\b|\b(?:play|playing|plays) the victim\b|\b(?:the )?common denominator\b|\b(?:so|very|totally|proper) (?:ocd|bipolar|adhd|autistic|psycho|mental)\b|\b(?:an? |real |serious )?(?:anger|drink|drinking|gambling|drug|authority|control|trust|commitment) (?:problem|issues)\b|\b(?:a |an )?problem with (?:authority|drink|drinking|alcohol|anger|gambling|drugs|food)\b|\byou are (?:literally |basically |clearly |obviously )?(?:addicted|obsessive|insecure|antisocial|controlling|possessive|paranoid|codependent|co-dependent|depressed|an alcoholic)\b|\b(?:describing|sounds like) (?:a |an )?(?:dependency|addiction|an addict|someone with a|a jealous|a possessive|a controlling)\b",
)
"""Judgement of the person: a trait, a label or a type put on the client or on what they did."""

VERDICT_ON_AN_ACT: tuple[str, ...] = (
    # a moral verdict on an act ("what you did was wrong", "that's not okay", "that's disgusting")
    r"\b(?:that|this|it|what you did|what you said|doing that|saying that) (?:is|was|were) {ADV}(?:not (?:okay|ok|on|acceptable|right|cool|normal|how you)|unacceptable|inexcusable|unforgivable|wrong|out of (?:order|line)|bang out of order|disgusting|disgraceful|shameful|appalling|cruel|nasty|vile|evil|mean|messed up|awful|terrible|horrible|heartless|hurtful|embarrassing|harsh|spiteful|low)\b(?! (?:that|how|when|the way|what) (?!you\b))",
    # a bare verdict ("how selfish", "such a drama queen", "pathetic tbh")
    r"{START}(?:(?:wow|god|jeez|honestly|seriously|omg|oh my god|man|mate|ugh),? )?(?:so |such |how |what |real |very |pretty |totally |really |just |proper |kinda |kind of |a bit |bit )?(?:a |an )?{ADV}(?:{TRAIT}|{LABEL})(?: (?:of you|much|tbh|honestly|mate|lol|really|man|bro|dude|behaviou?r|move)){0,3}\s*[.!?]*$",
)
"""A verdict whose target is only what was last said: a verdict on the client when the client's own
act was (their line tells of it), and sympathy when the client told of what was done to them ("my dad
hit me" -- "that's not okay"). Admitted only when the client's line does not tell of being done to
(:data:`DONE_TO_CLIENT`)."""

RESISTANT_CLIENT = r"\b(?:whatever|pointless|waste of (?:time|my time|space)|no point|what is the point|do not see the point|can we (?:just )?(?:not|skip|stop|get this over|move on|leave it)|skip (?:this|that)|do not (?:want|wanna) to (?:talk|do this|be here|go there|get into)|not (?:talking|going there|doing this)|why should i|why do you (?:even )?(?:care|want to know|keep asking|need to know)|you do not (?:get it|understand|know what|care)|you have no idea|like (?:all )?the (?:rest|others)|here we go|this is (?:dumb|stupid|boring|rubbish|a joke|weird)|you sound like|sighs|shrugs|silence|rolls (?:his |her |their )?eyes|do we have to|sure,? (?:sure|whatever|fine)|fine,? whatever|yeah,? yeah|ugh|not going to like|you are (?:paid|just going to|only here)|write me off|tell me what i did wrong|u just did|you just did|last counsellor|i do not trust|why would i|rather be anywhere|do not want to be here|not want to be here|not sure why i am here|do not see (?:what difference|the point|why we|what this)|get this over with|write that down|tell my mum|you said this would help|(?:has|have) not helped|i hate (?:these|this|your) (?:questions|sessions|worksheets?)|do not want to do this|why do (?:we|you) need to|you (?:just )?do not (?:really )?get it|going to like what i say|just going to write me off|whats the point|what is the point)\b|^\W*(?:\.\.\.|fine|okay|ok|sure|right|mm hm|mm-hmm|no)\W*$"
"""The client's line pushes back at the talk or the counsellor ("whatever", "can we skip this", "why
should I trust you", *shrugs*). A curious question in reply opens up that pushback: it explores the
resistance rather than asking about something else."""

ASKS_ABOUT_IT = r"\b(?:it|that|this|there|these|those|me|i|my|going on|behind|happening|part|bit|worry|hardest|makes?|made|trust|doubt|sure|real|honest|take|mind|again)\b"
"""A question that points back at what was just said or at the counsellor ("what's behind it?", "what
makes you doubt it?", "did I say something?"): in reply to pushback, it opens the pushback up."""

ACKNOWLEDGEMENT = r"^(?:(?:oh|ah|yeah|okay|ok|right),? )?(?:that is |that is totally |that is completely |totally )?(?:fair(?: enough| point)?|fine|okay|ok|noted|sure|right|got it|understood|thanks|thank you)[\s.!,]*$"
"""A bare acknowledgement opening a reply ("Fair enough.", "That's fine.", "Noted."): when another
alliance move follows, that move is what the reply does, and the acknowledgement is only its start."""

SELF_CRITICISM = r"\b(?:i am|i was|i feel|i felt|i have been|i feel like|i am such|i am so|i am just|i am a|i am the|i am not)\b.{0,20}\b(?:{TRAIT}|{LABEL}|useless|worthless|rubbish|terrible|awful|horrible|a failure|a mess|hopeless|pathetic|good enough|brave|clever|smart|strong|a good|a bad|a burden|a let down|to blame|disgusting|ugly|fat|weird|broken|crazy|normal)\b|\bmy (?:own )?fault\b|\bi (?:ruined|messed up|screwed up|blew it|let (?:everyone|them|her|him|you|myself) down)\b|\bi should (?:have|not have|be)\b"
"""The client running themselves down ("I'm such a failure", "I'm not brave", "it's my fault"): a
reply that turns it round reassures (see :mod:`scoring.claims`)."""

REFUSAL = r"\bi (?:am not|will not|do not want to|do not wanna|would rather|refuse|can not be bothered|am not going to)\b|\b(?:let me|can i|could i|can we|i need (?:time|to think|more time|a few|to talk|to get|to sleep))\b|\bi will (?:do it|answer|think about it|decide|go|come|talk|start|stop) (?:later|tomorrow|next|when|in)\b|\bi (?:want|would like|need) (?:to|a few|more) (?:think|wait|sleep on|talk to|take|get)\b"
"""The client refusing or putting off what is asked ("I'm not going to answer that", "let me think about
it"): turned round ("you're going to answer it", "no, you're doing it now") it is insisting."""

DONE_TO_CLIENT = r"\b(?:me|us)\b"
"""The client's line tells of something done to them: a verdict on "that" is then on the other person."""

BLAME: tuple[str, ...] = (
    r"\b(?:that is|it is|this is|that was|it was|this was) {ADV}(?:all )?on you\b(?! to (?:decide|choose|say|pick|call))",
    r"\byou (?:caused|started|created|made) (?:all )?(?:of )?(?:this|it|that|the (?:problem|mess|fight|trouble|row))\b(?! (?:work|happen|better|easier)\b)|\bbrought (?:it|this|that)(?: all)? on yourself\b|\byou (?:only )?have (?:only )?yourself to (?:blame|thank)\b|\byou (?:did|brought|caused) (?:this|it|that|all this|all of this) (?:to|on) yourself\b",
    r"\b(?:all )?because of you\b(?! (?:and|being here|coming)\b)|\bthanks to you\b(?! (?:for|and)\b)",
    r"\byou (?:made|drove|pushed|forced) (?:her|him|them|your {KIN}|everyone|people)(?: to)? (?:leave|go|walk out|quit|cry|hate you|give up|angry|upset|worry|ill|sick|move out|call the police|kick you out|react|lose it|snap)\b",
    # the client's own act put forward as the cause ("well u did cheat on her first so", "you're the one who
    # cut everyone off", "that's what happens when u dont revise", "whose fault is that?")
    r"\bwho(?:se| is) fault (?:is|was)? ?(?:that|it|this)\b|\byou literally (?:threw|punched|hit|smashed|told|said|screamed|shouted|could not|can not|did|walked out|stormed|broke)\b|{START}but you (?:chose|made|keep|never|always|literally|missed|skip|skipped|went|are the one|were the one|did not|do not)\b(?! (?:well|great|brilliant|amazing|so well|really well|it|have to|need to|want to)\b)|\b(?:because of|thanks to) (?:that|what you did)\s*[.!]*$|\b(?:that is|that's|this is) what happens when you\b|\bwhat (?:did|do) you (?:think|expect) (?:would|will|was going to) happen\b|\b(?:down to|because of) (?:the )?(?:choices|decisions) you (?:made|make)\b|\byou are the one (?:who|that)\b(?! (?:gets? to |can |will |has to )?(?:decide|decides|choose|chooses|know|knows|say|says|call|calls|pick|picks|is in charge)\b)|\bso (?:that is not|it is not|that's not) (?:really )?surprising\b|\bso i can see why\b|\bwhat do you expect\b|{START}(?:well|i mean),? you (?:did|do|were|chose|made|have|had|keep|never|always|literally)\b|\byou did (?:lie|cheat|trash|skip|steal|hit|buy|make|get|start|break|leave|take|say|tell|push|drink|spend)\b|\byou do (?:wind|push|make|leave|drink|spend|skip|know)\b|\bmaybe if you (?:did not|didn't|stopped|were not|had not|would)\b.{0,40}\b(?:would|will|might)\b|\bif you (?:did not|had not|were not|never) [a-z]+\b.{0,50}\b(?:would|might) (?:not )?(?:have )?(?:got|been|happen|be)\b",
)
"""Blame: the client made the harm ("that's on you", "you made her leave")."""

HONESTY_DOUBTED: tuple[str, ...] = (
    # a confession extracted ("so you admit it")
    r"{START}(?:(?:so|okay so|ok so|oh so|right so|and),? )?you (?:finally )?(?:admit|admitted|confess|confessed) (?:it|that|you|to it|to that)\b|\b(?:just )?admit it\b|\bfinally admitting\b",
    # disbelief ("who are you kidding", "likely story", "we both know it")
    r"\bwho are you (?:trying to )?(?:kidding|fool|fooling)\b|\bpull the other one\b|\b(?:a )?likely story\b|\b(?:we both|you and i both|we all) know (?:it|that|the truth|you are|you were|you did)\b",
    r"\b(?:and|as) you (?:well |very well |full well |damn well )?know (?:it|that)\s*[.!]*$|\band you know it\b",
    r"\b(?:that is|that was|it is|this is) (?:a |an )?(?:total |complete |big |outright |barefaced |absolute )?(?:lie|load of (?:rubbish|crap|bull|nonsense)|porky|porkies|fib)\b",
    r"\byou know (?:exactly|full well|perfectly well|very well|damn well) (?:where|what|how|who|why|that)\b|\bdid not (?:\w+ )?(?:itself|themselves|by itself)\b|\byou (?:smell|stink|reek) (?:of|like)\b|\b(?:i will|ill) believe (?:that|it) when\b|\b(?:someone|somebody)(?: has| is)? been\b|{START}(?:then|so|and) why (?:are|is|do|does|did|would|have|has)\b(?! (?:you think|you reckon|that might|do you think))|\b(?:your|ur) (?:\w+ ){0,2}(?:says|said|told me|tells me|showed me|reckons|rang)\b(?=[^.;?]{0,60}\b(?:still|never|not|no|different|otherwise|so|tho|though|but|full|empty)\b)|\bthe (?:\w+ ){0,2}(?:says|said|shows|showed)\b(?=[^.;?]{0,60}\b(?:tho|though|different|otherwise)\b)|\b(?:do|does|is|are|did|was|were) (?:they|it|you|he|she) (?:tho|though)\b|\bis not (?:that|this|it|liking \w+ \w+|\w+ing \w+) exactly how\b|\b(?:i do not think|i don't think|i doubt|i am not sure|not sure) (?:that is|that's|it is|it's|that was) (?:true|right|the case|what happened)\b|\bi (?:really )?doubt (?:that|it)\b|\bi am not convinced\b|\bi do not think (?:so|you did|you have|you are|you were)\b|\bi think (?:you did|you were|you do|you have|you knew|you remember)\b|\bmore than you are letting on\b|\bi will believe (?:that|it) when i see it\b|\b(?:someone|somebody) (?:is|has been|was) lying\b|\b(?:idk|i do not know) about that\b|{START}(?:did|do|were|are|have) you (?:though|tho)\b|\bare you sure\?? because\b|\b(?:someone|somebody|your \w+|the \w+|she|he|they) (?:saw|seen|heard|caught|found|showed me|rang|called|says you|said you|has got the|got the)\b(?=.{0,60}\b(?:you|your|so|tho|though|different|otherwise|never|still|not)\b)",
)
"""Doubting honesty: disbelief, or a confession extracted."""

HARM_WARNING: tuple[str, ...] = (
    # where carrying on leads ("you'll end up in hospital", "ur gonna end up like your dad")
    r"\b(?:will|would|could|might|may|going to|are|is) {ADV}(?:end up|wind up|finish up|be left) {ADV}(?:{HARM_STATE}|(?:getting |being )?{HARM}|losing|hurting|killing|dying|in (?:hospital|prison|jail|a&e|court|care|trouble|a mess)|with (?:nothing|no one|nobody|no job|no friends))\b",
    # the harm predicted ("you're going to get expelled", "you'll be dead by forty", "you'll be sorry")
    r"\b(?:you|you will|you would|you could|you might|you are|you are going to|they will|she will|he will) {ADV}(?:get|be getting|end up getting|be) {ADV}(?:{HARM})\b|\byou (?:will|would|are going to|could|might) {ADV}be {ADV}(?:dead|sorry|homeless|fired|expelled|arrested|locked up|in (?:hospital|prison|jail|a grave|a coffin|trouble))\b",
    # the harm that nearly was ("you could have killed someone", "someone could of died")
    r"\b(?:you|someone|somebody|people|a kid|a child|anyone|your \w+|they|he|she|innocent people|a family) (?:could|might|would) have {ADV}(?:been )?(?:killed|died|hurt|injured|crashed|drowned|overdosed|run (?:someone|somebody|them|him|her|a kid) over|ended up (?:dead|in hospital|in prison|in jail))\b",
    # the body, the family or the future as the casualty ("your liver will pack in")
    r"\byour (?:liver|heart|kidneys|lungs|body|brain|health|teeth|grades|marriage|relationship|future|career|job|kids|children|family|wife|husband|partner|girlfriend|boyfriend) (?:will|is going to|are going to|could|might) {ADV}(?:fail|give (?:up|out)|pack (?:up|in)|suffer|pay|be (?:ruined|wrecked|destroyed|over|gone|taken(?: away)?)|fall apart|collapse|go down the drain|hate you|leave you|stop (?:talking to|speaking to|trusting) you)\b",
    # a future or a risk, and a serious harm within a few words ("ur gonna fry ur brain before ur 20",
    # "you're heading for a heart attack", "ten a day will still give you lung cancer")
    r"\b(?:will|would|could|might|may|going to|gonna|heading for|headed for|on track for|asking for|is going to|are going to|one day|one of these (?:days|nights))\b(?:\s+[a-z']+){0,5}?\s+(?:kill|killing|die|dead|dying|crash|overdose|faint|fry|crack|stroke|cancer|heart attack|seizure|coma|intensive care|a&e|hospital|prison|jail|stabbed|attacked|crushed|mugged|beaten|arrested|evicted|homeless|expelled|fired|sacked|bankrupt|ruin|ruined|wreck|wrecked|destroy|destroyed)\b",
    r"\b(?:get|getting|gets|got) (?:yourself |someone |somebody )?(?:killed|hurt|injured|stabbed|battered|run over|locked up|nicked|arrested|expelled|sacked)\b(?!.{0,20}\b(?:feel|felt)\b)",
    # asked to picture the harm ("do u want a heart attack at 17?", "do you know what that stuff does to your heart?")
    r"\bdo you (?:want|wanna|know)\b.{0,40}\b(?:kill|die|dies|dead|heart attack|stroke|cancer|overdose|hospital|prison|jail|does to (?:your|you)|how many people (?:die|get hurt))\b|\bit (?:will not|is not going to) be (?:fine|okay|ok|all right)\b|\byou will be when\b",
)
"""A prediction of harm used to push. Asked ("what do you think might happen if...?") it evokes the
client's own view; the client's own fear given back ("you're worried you'll...") is shielded."""

UNIVERSAL_ARGUMENT: tuple[str, ...] = (
    # an absolute claim about everyone, made to argue or to shrink the problem ("everyone fails exams",
    # "nobody gets better by hiding", "no one is going to hire someone who..."), not the client's world
    # ("nobody listens to you"), not a feeling that is normal ("everyone gets nervous": NORMALISING),
    # not what others will not do to the client ("nobody can make you")
    r"{START}(?:(?:but|and|so|come on|look|honestly|seriously|i mean|like|omg|mate|listen|sorry but|well),? )?{ALL} (?![^,.;!?]{0,80}\byou)(?!{ADV}(?:feels?|felt|gets? (?:{FEEL}|nervous|down|low|wobbly|that way|like that)|struggles?|struggled|finds? (?:it|this|that|these|the first)|worr(?:y|ies)|has (?:bad |good |off |hard |tough )?(?:days|moments|times|doubts|wobbles|setbacks|slips)|makes mistakes|messes up|slips up|is perfect|likes being|likes to be|wants to be|enjoys being|would|could|should|is here|here|in this room|else|deserves?|is saying|is telling|said|says|thinks)\b){ADV}[a-z]+",
    r"\b(?:everyone|everybody|they all|people) (?:says?|said) that\b(?=.{0,40}\b(?:start|does not|mean|all the time|every|first|beginning)\b)|\bfor everyone who (?:actually |really )?(?:tries|wants|puts|bothers)\b|\?\s*(?:nobody|no one|none|never)\s*[.!]*$|\byou are not (?:special|unique)\b|\b(?:lots|loads|plenty|most) of (?:people|ppl) get over\b|\byou will too\s*[.!]*$",
    # the way of the world, used to close the matter ("life isn't fair", "get used to it")
    r"\blife (?:is not|is never|was never|is not meant to be|is unfair|goes on|is like that)\b|{START}(?:well,? )?(?:that is|such is) life\b|\bwelcome to (?:the real world|adulthood|adult life|being an adult|life)\b|\bget used to it\b|{START}it is what it is\b|\b(?:that is|it is) just (?:how|the way) (?:it is|it goes|things are|life is|the world works)\b",
)
"""A universal claim used to argue or to dismiss."""

MOCKERY: tuple[str, ...] = (
    r"{START}(?:(?:oh|yeah|sure|right|well),? )?(?:sure|right|yeah|of course|oh yeah),? because\b|\band i am (?:the queen|the pope|santa|father christmas|a millionaire|the king|batman)\b|\band pigs (?:can|might|will) fly\b",
    r"\b(?:that|it|this|which)(?: is| has)? (?:worked|working|went|gone|going|turned out) (?:out )?(?:so|really|just|real|super|totally|amazingly) (?:well|great|brilliantly|nicely)\b",
    r"\breal (?:mature|smart|clever|nice|helpful|grown[- ]up|adult|responsible|classy|cool|original)\b|{START}(?:(?:wow|oh|okay|right|yeah|well),? )?(?:very|so|how|really|super) (?:mature|grown[- ]up|adult|responsible|classy|original|convenient)\s*[.!]*$|\bhow convenient\b",
    r"{START}(?:(?:it|that|well),? )?must be nice\s*[.!]*$|\bmust be nice (?:to|for some)\b|{START}good one\s*[.!]*$",
    r"{START}(?:oh,? )?(?:yes|yeah|sure),? (?:i am sure|because)\b|\bi am sure (?:she|he|they|it|that) (?:loved|enjoyed|appreciated|went down well|spends)\b|\bwhat could (?:possibly )?go wrong\b|\bhow (?:did|has|is|was) (?:that|that plan|that idea|this plan) (?:work(?:ed|ing)? out|go(?:ne)? for you|been working(?: out)? for you)\b|\bhow (?:has|is) (?:that|that plan|this plan) (?:working|worked) out so far\b|{START}and how did that (?:go|work out)\b|\bwho needs\b|\b(?:what a|such a) (?:surprise|shock|shocker)\b|{START}shocker\b|\bwell known for\b|\blike the last \w+ times?\b|\ba whole (?:day|week|hour|minute|afternoon|evening)\b|{START}(?:oh,? )?poor (?:you|u|baby|thing|little you)\b(?=.{0,10}(?:lol|haha|omg|\U0001F644)|\s*$)|\bgenius\b|\bmodel (?:student|citizen|parent|patient|employee|son|daughter)\b|{START}(?:oh,? )?(?:very|so|super|really) (?:sociable|healthy|mature|responsible|helpful|clever|smart|productive|sensible|grown up)\b|\b(?:only|just) \w+ (?:more )?(?:years|months|weeks|decades) to go\b|\bwhen will that be\b|\bwhen is that (?:going to|gonna) happen\b",
    r"^.{0,80}?\U0001F644|\byou thought (?:they would|it would|you would|that would|they would just|you could) (?:just )?(?:let you off|be fine|go away|get away with|not notice|not find out)\b|{START}(?:oh,? )?(?:good idea|brilliant|great|perfect|lovely|fantastic|wonderful|oh good|nice one|genius)\s*[.!,]+\s*(?:[a-z]+ ){0,6}(?:needs|wrong|worse|then|until|another|what|that will)\b|\b(?:is|are) (?:definitely|clearly|obviously|totally) (?:what is|the thing|the reason)\b|\b(?:definitely|clearly|obviously) what is (?:stopping|holding) you\b|\bwill fix everything\b|\bof course,? (?:[a-z]+ ){1,4}(?:is|are) (?:perfectly|totally|completely) (?:normal|fine|healthy|okay)\b",
)
"""Sarcasm and mock agreement: praise or agreement that means the opposite."""

DISMISSAL: tuple[str, ...] = (
    # the problem shrunk ("it's just one exam", "it's only a few drinks")
    r"{START}(?:(?:but|and|so|look|honestly|come on|mate|relax|chill|i mean),? )?(?:it is|it was|that is|that was|this is|they are|they were) (?:just |only |merely |simply |literally |like ){1,2}(?:a |an |one |some |two |a few |a couple of |the one )(?!(?:thought|idea|suggestion|question|questions|guess|option|options|possibility|theory|hunch|start|step|first step|small step|example|way|part|word|form|forms|minute|minutes|bit of fun|few questions)\b)[a-z]+(?: [a-z]+){0,2}\s*[.!,]*$",
    # it will pass, it could be worse ("not the end of the world", "it'll be fine")
    r"\bnot the end of the world\b|\bworse things (?:happen|have happened)\b|\bplenty (?:more|of other) fish\b|\byou will (?:laugh about|forget about|look back on|get past) (?:this|it|that)\b|\bno biggie\b|\bit will (?:all )?(?:blow over|pass|sort itself out|be fine|be okay|be ok|be all right|work out)\b(?! (?:to|if|for|with)\b)|\b(?:everything|things) will (?:be fine|be okay|be ok|work out|sort themselves out)\b",
    # the reaction judged too big ("you're overthinking it", "you're being too sensitive")
    r"\byou are {ADV}(?:over ?thinking|overreacting|over-reacting|over ?analy[sz]ing|over ?complicating|over ?doing it|making (?:too much|a mountain|a drama|a fuss|a big deal|a big thing)|being (?:too|so|a bit|a little|overly|way too) (?:sensitive|emotional|dramatic|negative|touchy|precious|soft)|worrying (?:too much|over nothing|about nothing)|stressing (?:too much|over nothing|about nothing))\b",
    # the matter waved away ("so what", "who cares")
    r"{START}(?:so what|who cares|big deal|whatever|meh)\s*(?:[.!?]+\s*)?(?:,.{0,60})?$",
    r"\b(?:it is|it was|that is|that was|this is|they are)? ?(?:probably |only |just |prob ){1,2}(?:nerves|stress|hormones|tiredness|banter|a joke|a laugh|a phase|teenage stuff|a low patch|a bad patch|a bit of a low patch|a school|a test|a driving test|a dog|a job|a job centre|the job centre|a game|everyone on a monday)\b|\byou are (?:probably |prob |just |only ){1,2}(?:tired|stressed|hungry|bored|being silly|a bit sad|a bit down|overtired|imagining it|imagining things|having a (?:bad|low|off) (?:day|patch|week)|nervous)\b|\bdo not take it (?:so |too )?personally\b|\bworrying about (?:something|nothing|things) that\b|\byou were (?:just |only )(?:tired|stressed|upset|exhausted|overtired)\b|\bhaving (?:a bit of )?a (?:bad|low|off|rough) (?:day|patch|week|time)\b|\bthere will be (?:loads|plenty|lots|other|more)\b|\byou are going to be (?:fine|okay|ok|all right)\b|\b(?:it|that) (?:was not|is not) really (?:a|an) \w+|\bi would not (?:focus on|worry about|dwell on) (?:that|it|this)\b|\b(?:no|not much) (?:need|reason) to (?:be|feel|get) {ADV}(?:{FEEL}|scared|worried|nervous|anxious|upset)\b|\bwhy (?:are|r) you (?:so|that|this|getting so) (?:upset|worried|bothered|stressed|worked up|anxious|sad|cut up)\b|\byou will be (?:back to normal|fine|okay|over it|laughing about it)(?: soon| in no time| by)?\b|\byou were (?:lucky|fine)\b|\bnot even (?:hurt|that bad|injured)\b|\b(?:it was|that was) (?:kind of |kinda )?(?:his|her|their) time\b|\byou can (?:get|find) (?:another|a new) one\b|\bit is not like (?:he|she|they|it|you) (?:is|are|has|have|was|were) (?:gone|dead|dying)\b|\b(?:there is|that is|it is) nothing to (?:feel|be) (?:guilty|bad|upset|scared|sad) about\b|\b(?:is|are) (?:very |really |super |so )?(?:treatable|common|normal) (?:so|tho|though)\b",
)
"""Minimising and dismissive reassurance."""

SIDING: tuple[str, ...] = (
    # taking the other side of the client's complaint ("they're only trying to help", "your mum is right")
    r"\b(?:they|he|she|your (?:{KIN}|teachers?|boss|probation officer|social worker|doctor|gp|friends?|school|mates?|coach|manager|sister|brother)) (?:are|is|was|were) {ADV}(?:trying to help|looking out for you|worried about you|doing (?:their|his|her) job|being (?:careful|responsible|a (?:good )?parent)|right|not wrong|correct)\b|\b(?:she|he|they|your \w+) (?:has|have|had|has got|have got) (?:a )?(?:point|good reason|every right)\b",
    # another's fault denied ("it's not your teacher's fault"); not the client's own ("it's not your fault")
    r"\bnot (?:his|her|their|(?:your|the) [a-z]+(?:'s|s'|s)) fault\b",
    # the client held to an earlier word ("but you said you'd stop")
    r"{START}but you (?:said|told me|promised|agreed)\b",
)
"""Arguing back: taking the other side, defending others, holding the client to a contradiction."""

CONTRADICTION: tuple[str, ...] = (
    r"{START}(?:no|yes|yeah),? (?:you (?:do|did|are|were|have|would)|it (?:is|was|does|did)|that (?:is|was)|they (?:do|did|are|were))(?: not)?\s*[.!]*$",
)
"""A flat contradiction ("yes you do" to "I don't have a problem", "no you're not" to "I'm a failure").
Counted only when it says the opposite of the client's statement: "no, you're not" to "I'm not a
quitter" agrees, and "yeah, it was" answers a question."""

OF_COURSE_SARCASM: tuple[str, ...] = (
    r"\bof course you (?:do|did|would|will|can)\b(?! not\b)(?!.{0,120}(?:feel|{FEEL}))",
)
"""Mock agreement ("of course you will" to "I'll stop next week"). To a feeling ("I miss my mum so
much" -- "of course you do") it validates: counted only when the client's line names no feeling."""

OTHERS_VIEWS: tuple[str, ...] = (
    r"\b(?:they|he|she|people|everyone|everybody|your \w+|your \w+ and \w+) (?:all )?(?:think|thinks|thought|say|says|said|call|calls|called|see|sees|saw|treat|treats|look at|looks at|tell|tells|told) (?:that )?you\b[^.;?]{0,80}",
)
"""What others say of the client, given back ("your mum says you're a nightmare to live with"): a label
inside it is theirs, reported, when the client said it first; said unprompted it is still a label."""

SHAMING: tuple[str, ...] = (
    # the one the client let down, put in front of them ("imagine how he felt", "ur poor daughter",
    # "your daughter looked for you all night", "some friend u are")
    r"\bimagine if (?:that|it|this|she|he) (?:was|were|happened to|did that to) (?:your|you)\b|\bhow would you (?:like|feel about) (?:it )?if\b|{START}(?:just )?imagine (?:how|what|hearing|being|the)\b|\b(?:can you|could you) imagine how (?:that|it|he|she|they)\b|{START}(?:oh,? )?(?:your|ur|you) poor \w+|{START}(?:oh,? )?poor (?:your|ur|\w+)(?: \w+)?(?: lol| omg| haha)?\s*[.!]*$|\bsome (?:friend|dad|mum|mom|father|mother|parent|son|daughter|brother|sister|partner|boyfriend|girlfriend) you are\b|\b(?:that is|that will be|that is going to be) the memory\b|\byou (?:still )?(?:can not|could not|did not|would not) (?:even )?be bothered\b",
    r"\b(?:she|he|they|your \w+|her|his) (?:must|would|will) (?:feel|have felt|be feeling|dread|hate|be so|be really) (?:so |really )?(?:abandoned|let down|hurt|humiliated|alone|lonely|embarrassed|ashamed|devastated|betrayed|sad|upset|rejected)\b|\b(?:must|will) dread\b|\b(?:deserve|deserves) (?:so much )?(?:better|more)\b|\b(?:and )?you (?:still )?(?:could not|can not|did not|would not|have not|never) (?:even )?(?:stay sober|be bothered|ring|call|visit|show up|come|turn up)\b",
    r"\byou are (?:really |just )?letting (?:\w+ ){0,2}down\b|\byou let (?:them|her|him|your \w+|those \w+|everyone) down\b|\b(?:will|are going to|is going to) remember (?:that )?you\b|\bat your age\b|,? (?:and )?you are (?:\d+|twenty[- ]?\w*|thirty|forty|fifty|a grown (?:man|woman|adult))\s*[.!]*$|\bcould have been (?:out on the street|homeless|hurt|killed|taken|left|in danger)\b|\bwhat would (?:your|ur) (?:\w+ )?(?:think|say) (?:of|about) (?:that|this|it|you)\b|\bwhat (?:is|are) (?:he|she|they|your \w+) learning\b|(?<!can )(?<!could )(?<!i )\bimagine (?:how|what) (?:he|she|they|your|ur|it|that|hearing|being)\b",
    r"\b(?:she|he|they|your \w+|ur \w+)\b[^.;?]{0,60}\band (?:now )?(?:you|his (?:own )?(?:son|daughter|kid)|her (?:own )?(?:son|daughter|kid)|their (?:own )?(?:son|daughter|kid))\b(?: still| even| just)?(?: [a-z']+){0,2}? (?:went|nick|nicked|blew|spent|have not|has not|will not|would not|did not|can not|could not|left|took|forgot|stole|laughed)\b",
    r"\b(?:waited|waiting|sat there|looked for you|looks for you|look for you|asks for you|asked for you)\b.{0,40}\b(?:for you|all night|for hours|every week|every time|in the audience|on the sideline)\b",
)
"""Shaming: the people the client let down put in front of them, so that the client feels the fault."""

MOCK_PRAISE: tuple[str, ...] = (
    r"{START}(?:(?:oh|wow|well|ok|okay|right),? )?(?:well done|great job|good job|nice one|nice work|good for you|congrats|congratulations|bravo|impressive|amazing|brilliant|fantastic|lovely|nice|great|superb|outstanding|genius|top work)(?:,? (?:really|mate|then|there|you|again|another \w+))?\s*[.!]*$",
)
"""Bare praise ("well done", "great job, really", "wow, impressive") said to a client who has just told of
a failure or a misdeed ("I got fired again", "I failed every exam"): mock praise. Said of a success
it is affirmation; counted only when the client's line tells of a failure and of no success
(:data:`FAILURE_TOLD`)."""

FAILURE_TOLD = r"\b(?:failed|fail|fired|sacked|detention|detentions|suspended|excluded|expelled|arrested|caught|kicked out|got done|crashed|forgot|skipped|bunked|drunk|hungover|wasted|smashed|stole|nicked|got into a fight|another warning|a warning)\b(?!.{0,40}\b(?:but i|managed|passed|stopped|did it|made it|finally)\b)"
"""The client told of a failure or a misdeed (for :data:`MOCK_PRAISE`)."""

MORALISING: tuple[str, ...] = (
    r"\b(?:a|any|no) (?:good|decent|real|proper|responsible|loving|normal|sensible|grown|caring) (?:mum|mom|dad|parent|mother|father|person|man|woman|friend|son|daughter|husband|wife|partner|brother|sister|kid|student|adult|human being) (?:would not|would never|does not|do not|never|would|should|knows|puts|takes|looks after|wants)\b",
    r"\b(?:decent|good|normal|responsible|sensible|grown|real|proper|honest) (?:people|men|women|adults|parents|folk|kids|human beings) (?:do not|would not|never|always|know|take|look after|just|get on|pay|own)\b",
    r"\bno way to (?:treat|talk to|speak to|behave|act|live|carry on)\b|\b(?:not fair|unfair) (?:on|to) (?:her|him|them|your \w+|the \w+|people|everyone|others)\b|\bhow would you feel if (?:he|she|they|someone|somebody|your \w+|anyone) (?:did|treated|said|cheated|lied|stole|hit|spoke|talked)\b|\bwould you want (?:your|ur|someone|anyone|a) (?:own )?\w+ (?:to )?(?:lying|doing|treating|talking|speaking|stealing|cheating|hitting|lie|do|treat|talk|steal|cheat|hit)\b|\b(?:that is|that's|it is) not (?:a (?:good |real |valid )?reason|an excuse) (?:to|for)\b|\bso (?:that is|that's) not a real reason\b",
    # a norm stated for everyone, about a kind of act ("stealing is wrong", "lying to ur parents is never ok",
    # "cheating is cheating", "family is family", "it's just basic decency", "it's the right thing to do")
    r"\b[a-z]+ing\b(?: [a-z]+){0,4} (?:is|are) {ADV}(?:wrong|never (?:ok|okay|acceptable|right|fine|alright)|not (?:ok|okay|acceptable|right|on)|a crime|illegal|stealing|cheating|lying|abuse|just (?:rude|wrong|basic)|basic (?:decency|manners|respect|courtesy))\b|\b(\w+) is \1\b(?! (?:to|of)\b)|\b(?:basic|common|simple) (?:decency|manners|respect|courtesy)\b|\b(?:it is|that is) (?:just |simply )?(?:the right thing(?: to do)?|only right|how it works|what you do|what good people do)\b|\bno matter (?:what|who it is|how many|whether)\s*[.!,]*$|\bno matter (?:who|how many people|whether)\b|\byou owe (?:your|him|her|them|it to)\b|\b(?:children|kids|people|parents|everyone|we|you) (?:should|must) never\b|\b(?:should|ought to) (?:matter|mean something) to you\b|{START}(?:good |decent |proper )?(?:parents|mums|mothers|fathers|dads|adults|grown-ups|decent people|good people) (?:do not|never) (?!get told|know|have to|see|find out|need to)\b",
    # the norm applied: "the law applies to everyone", "you treat people with respect, that's how it works"
    r"\bapplies to everyone\b|\byou do not get to pick\b|\b(?:you|u) (?:treat|respect|stand by|look after) (?:people|your|them|others|your elders)\b.{0,40}\b(?:how it works|just right|that simple|it is that simple|what you do)\b|\bthat is (?:just )?how it works\b|\bit is that simple\b|\b(?:is not|is never) (?:exactly )?respectful\b",
)
"""Moralising: the standard of a good person held against the client."""

COMMAND: tuple[str, ...] = (
    # casual orders ("shut up and listen", "just chill", "put ur phone away" is in DIRECT)
    r"{START}(?:please |now |just |oh )?(?!{NOT_ORDER})(?:shut (?:up|it)|chill(?: out)?|lighten up|toughen up|behave(?: yourself)?|hush|zip it|quiet down|simmer down|get over yourself|pipe down|stop it|leave it|sit still|stand up|wake up|listen up|grow a pair|cop on|wise up|sort (?:it|yourself) out|pull your (?:socks|finger) (?:up|out))\b",
    # insisting: the matter closed ("this isn't up for discussion", "because I said so")
    r"\b(?:this|that|it) is not (?:up for (?:discussion|debate|negotiation)|a (?:request|suggestion|discussion|debate))\b|\bend of (?:discussion|story|conversation)\b|\bbecause i (?:said|say) so\b|\bi am not asking,? i am telling\b|\bno (?:ifs,? (?:ands )?or buts)\b",
    # time pressure ("we need an answer today", "you've had long enough", "you can grieve later")
    r"\b(?:there is|there's) no time\b|\b(?:we|i) (?:have not|have not got|do not have|have no|do not really have) (?:got )?(?:time|the luxury|all day)\b|\byou have had (?:long enough|(?:\w+ ){1,2}(?:weeks|days|months))\b|\b(?:is|are) too long\b|\bwe need (?:an answer|a decision|your answer|a plan|to decide|to figure this out|to agree|to sort this) (?:today|now|by|before|this)\b|{START}(?:please )?decide now\b|\blet us just (?:agree|decide|get on)\b|\bspeed (?:this|it|things) up\b|\byou are out of time\b|\bwe are (?:doing|starting) (?:it|this) now\b|\b(?:we are|we're) (?:nearly|almost) done\b|\bnot taking a break\b|\b(?:can|could) (?:\w+ ){0,3}(?:later|another (?:day|time))\b(?=.{0,60}\b(?:now|today|need|answer|decision|plan)\b)|\b(?:today|now|right now),? we need\b|\bneeds? (?:an answer|a decision|your answer) (?:now|today|by)\b|\bwe need (?:an answer|a decision|your answer|a plan)\b(?=.{0,30}\b(?:today|now|by|before)\b)|\bun?til(?:l)? we are (?:done|finished)\b|\bno,? (?:you are|we are) doing it now\b",
    # the matter closed, against the client's wish ("ur going, ur mum said", "ur on it, like it or not")
    r"\blike it or not\b|\bwhether you like it or not\b|\bit is not up to you\b|\bthis is not a choice\b|\b(?:the court|the school|your mum|your dad|they) (?:said|says|ordered|decided)\s*[.!]*$|\byou are (?:going|staying|doing|moving|coming|sitting|answering|filling)\b(?=.{0,40}\b(?:now|said|whether|like it|because i|until|full|the court|the school|expecting|expects|everyone)\b)|\byou (?:are going to|will) (?:answer|fill|sit|stay|look|go|do|come|talk|read|sign)\b(?=.{0,40}\b(?:now|because i|then|until|line by line|here|where i)\b)|{START}tough\b|\blet me finish\b|\bwatch (?:your|ur) (?:language|mouth|tone)\b|{START}(?:no,? )?(?:your |ur |the )?(?:headphones|phone|feet|gum|coat|hood|hat|earphones|earbuds) (?:out|off|away|down|in the bin|on the table)\b",
)
"""Commands however casual, and insisting."""

NORMALISING: tuple[str, ...] = (
    # a feeling or a lapse said to be what everyone has ("everyone feels like that sometimes", "nobody
    # likes being told what to do", "everyone makes mistakes")
    r"\b(?:everyone|everybody|anyone|anybody|we all|all of us|most people|lots of people|loads of people|a lot of people|many people|plenty of people|so many people|people)(?: (?:your|ur) age| like you| in your (?:shoes|position|situation))? {ADV}(?:feels?|felt|gets?|got|goes|went) (?:like that|like this|that way|this way|the same|it|that|this|{FEEL}|nervous|down|low|wobbly|stressed|scared|frustrated|fed up)\b",
    r"\b(?:everyone|everybody|we all|all of us) (?:has|have|gets?) (?:bad |off |hard |tough |those |dark )?(?:days|moments|times|weeks|patches|wobbles|doubts|setbacks|ups and downs)\b|\b(?:everyone|everybody|we all|all of us|anyone) (?:makes?|has made) mistakes\b|\b(?:nobody|no one) is perfect\b",
    r"\b(?:nobody|no one) (?:really )?(?:likes|enjoys|wants) (?:being|to be|to feel|feeling|having) (?:told|lectured|judged|nagged|pushed|watched|criticised|criticized|controlled|blamed|made to|forced|questioned|interrogated|put on the spot|talked down to|bossed)\b",
    r"\b(?:that is|it is) {ADV}(?:common|normal|natural)\b|\b(?:everyone|everybody|we all|lots of people|most people|many people|a lot of people|loads of people|alot of us|a lot of us|most of us) (?:struggles?|struggled|finds? (?:it|this|that|these|exams?|change|the first \w+) {ADV}(?:hard|difficult|tough|scary|awkward|stressful|overwhelming))\b",
)
"""Saying the client's feeling or lapse is one everyone has: validation, not an argument."""

ECHOED_STANCE: frozenset[str] = frozenset({"harm_warning", "universal", "dismissal", "siding", "honesty_doubted"})
"""Stance tables whose cue, when every word of it comes from the client's own line ("I'll end up like
my dad" -- "you'll end up like your dad"; "nobody at home knows" -- "so nobody at home knows"), gives
the client's words back: a reflection, not the counsellor's claim. A verdict, a label or blame is never
given back this way: said to the client, "you're so lazy" endorses their "I'm so lazy"."""

ANNOUNCEMENT: tuple[str, ...] = (
    r"\b(?:can|could|may) i (?:just )?be (?:clear|honest|upfront|straight) (?:with you )?about (?:what|how|who|where|when|why|the)\b|\b(?:just )?to be clear about (?:what|how|who|the)\b",
)
"""Announcing a plain fact, even in the form of a question ("can I be clear about what goes back to the
court?"): information, not a question to answer."""

OWN_INTENTION: tuple[str, ...] = (
    r"{START}i (?:would|will|am going to) (?:really )?(?:be (?:interested|curious|keen|glad|happy) to|like to|love to|want to) (?:see|find out) (?:how|what|whether|if)\b",
    r"{START}i am (?:really )?(?:looking forward to|curious to see|interested to see) (?:seeing|hearing|how|what)\b",
)
"""The counsellor's own interest or intention ("I'd be interested to see how you get on"): ``other``;
it outranks a reflection frame, and a question after it stays the move the client answers."""

OTHER: tuple[str, ...] = (
    r"^{LEADING_FILLERS}(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|welcome(?: back| in)?|nice to (?:meet|see) you|(?:good|great|lovely) to (?:meet|see) you(?: again)?|pleased to meet you|how are you(?: doing| today| doing today)?|how is it going|how are things|thanks|thank you|cheers|bye|goodbye|bye for now|see you(?: next week| soon| later| then)?|take care|have a good (?:day|week|weekend|one))\b(?:[\s,!.]+(?:hi|hello|hey|there|again|mate|come (?:on )?in|have a seat|take a seat|take care|see you(?: next week| soon| later| then)?|nice to (?:meet|see) you(?: again)?|good to see you(?: again)?|how are you(?: doing| today)?|how is it going|welcome|thanks|thank you|for now)){0,6}(?:[\s,!.]+[a-z]+)?(?:[\s,!.]+(?:hi|hello|hey|there|again|mate|come (?:on )?in|have a seat|take a seat|take care|see you(?: next week| soon| later| then)?|nice to (?:meet|see) you(?: again)?|good to see you(?: again)?|how are you(?: doing| today)?|how is it going|welcome|thanks|thank you|for now)){0,6}[\s.!?]*$",
    r"^{LEADING_FILLERS}(?:sorry,? )?(?:my phone|one (?:sec|second|moment|minute)|give me (?:a|one) (?:sec|second|moment|minute)|excuse me|bless you|hang on|hold on|just a (?:sec|second|moment)|about (?:the wait|the noise)|to keep you waiting|i am (?:late|running late))\b[\s\w,]{0,20}[.!?]*$",
    r"^{LEADING_FILLERS}(?:mm-hmm|mm+|mhm+|uh-huh|uh huh|okay|right|yeah|yes|no|sure|i see|got it|ah|oh|wow|hmm+|cool|fine|sounds good|alright|all right|go on|go ahead|keep going|carry on|please do|go for it|really|interesting|huh|indeed|understood|noted|gotcha|fair|true|exactly|absolutely|totally|of course|definitely|uh|um|er|erm|well|so|and|ok|mmm|honestly)(?:[\s,.!?]+(?:mm-hmm|okay|right|yeah|yes|sure|i see|go on|go ahead|keep going|carry on|ok|mm|so|and|um|uh)){0,6}[\s.!?,]*$",
    r"\b(?:the weather|the traffic|parking|your weekend|the game|the drive|nice day|cold (?:out|today)|hot (?:out|today)|rain(?:ing|y)?)\b",
    # wishes and courtesies ("hope you have a good weekend", "you're welcome")
    r"\b(?:i )?hope you (?:have|had|get|enjoy) (?:a |the )?(?:good|nice|great|lovely|restful|safe) (?:day|week|weekend|one|evening|break|holiday|christmas|trip|rest)\b|{START}you are (?:very |most |so )?welcome\s*[.!]*$",
    # hospitality: the imperative offers, it does not order
    r"{START}(?:please,? )?(?:come (?:on )?in,? )?(?:(?:take|have|grab|pull up) a (?:seat|chair|pew)|sit (?:down )?(?:wherever|anywhere|where you like)|make yourself (?:comfortable|at home)|help yourself to)\b",
    # a pause in the talk ("take ur time, im listening", "no worries, take your time"): a prompt to go on
    r"{START}(?:(?:no worries|sure),? )?take (?:all )?(?:your|the) time(?:,? i am listening)?\s*[.!]*$|{START}(?:sure,? )?take as long as you (?:like|need|want)\s*[.!]*$",
    # small talk given back ("not bad, how about you?", "how was yours?"), laughter, congratulations on news
    r"\b(?:how about|what about|and) (?:you|yourself)\s*\??\s*$|{START}you\s*\?\s*$|\bhow was yours\b|^[\s,.!]*(?:(?:ha|haha|hahaha|lol|lmao|heh|hehe)[\s,.!]*){1,4}$|{START}(?:oh,? )?(?:happy birthday|merry christmas|happy new year|congrats|congratulations)\b(?!.{0,20}\b(?:on (?:your|staying|getting|being|doing|making|keeping|the)|for)\b)",
    # "do not worry (about it)" reassures; it neither asks nor orders
    r"{START}(?:oh,? )?(?:please )?(?:do not|never) (?:you )?worry(?: about (?:it|that|this))?(?=\s*[.!,]*$)|{START}no worries\b",
)
"""Greetings, fillers, backchannels, small talk."""

PLAIN_ANSWER = r"^(?:(?:no|nope|yes|yep|yeah|correct|not at all|of course not|absolutely not|definitely not|that is right|that is correct|i will not|i do not|i am not|it is not|it does not|they will not|they do not|nobody will|no one will)[\s,.!]*){1,6}$"
"""A bare yes or no. Said to a client's question ("You're not going to call my work, are you?" --
"No."), it answers with a fact: information, not a backchannel."""

HYPOTHETICAL_FRAME = (
    r"{START}(?:if|suppose|supposing|imagine|say) (?:i|we) (?:gave|asked|offered|said|were to|had|could|showed|put)\b"
)
"""The counsellor setting up a question with a hypothetical ("if I gave you a scale from one to ten,
...?"): the set-up is neither a reflection nor information; the question that follows is the move."""

EMBEDDED_WH = (
    r"{START}(?:what|how|why|when|where|who|whatever|whenever|wherever)"
    r" (?:you|we|i|they|he|she|people|it|your|my|someone|somebody|everyone|anyone)"
    r" (?!(?:doing|been|going|feeling|getting|holding|up to|think|reckon|want|mean)\b)[a-z]"
)
"""A wh-word straight before its subject opens a clause, not a question: a question inverts ("when
do you drink?"), a clause does not ("when you drink heavily your liver works harder", "what we talk
about stays here", "how you feel matters"). Only without a question mark, and not for the dropped-
auxiliary questions of speech ("how you doing", "what you been up to", "what you think")."""

GREETING_LEAD = (
    r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|welcome)(?:,? (?:there|again|[a-z]+))?[,!.]?\s+"
    r"(?=(?:what|how|why|so|tell|can|could|would|do|did|are|is|it|you|i|let|thanks|thank)\b)"
)
"""A greeting (and a name) opening a longer sentence, cut off as its own unit ("hey marcus what
brings you in" is a greeting and an open question)."""

SELF_VIEWS: tuple[str, ...] = (
    # the client's own view of themselves, given back ("you think you were stupid to do it", "you feel
    # like a failure", "you blame yourself for it"); not asked about ("do you think..."), not doubted ("you
    # *really* think...?"), and not their conceit thrown back at them ("you think you're so clever")
    r"(?<!not )(?<!do )(?<!did )(?<!have )(?<!would )(?<!can )(?<!could )\byou (?:kind of |sort of |just |still |might |may |probably |sometimes |do not |did not |never )?(?:feel|felt|are feeling|think|thought|believe|worry|are worried|fear|are afraid|are scared|wonder|are wondering|suspect|see yourself as|call yourself|tell yourself|keep telling yourself|blame yourself|hate yourself|beat yourself up|are beating yourself up|are kicking yourself|are ashamed|feel ashamed|expect|expected|hope|hoped|reckon|reckoned|are sure|are convinced|imagine|imagined|are telling yourself|have decided|decided)\b(?! (?:that )?you (?:are |were )?(?:so |really |just )?(?:clever|smart|funny|better|special|above|untouchable|always right|the only one|hard|tough|the victim)\b| (?:that )?you know (?:everything|it all|best|better)| (?:me|us|anyone|anybody|people|them|everyone) to)[^.;?]{0,120}",
)
"""The client's view of themselves: a verdict, label or warning inside it is theirs, reflected (it
shields confrontation only; advice or an order inside it is still the counsellor's)."""

SHIELDS: tuple[str, ...] = (
    # what the client said, given back in so many words; listed first, so it covers the whole clause ("you said you have to cut down for your job")
    r"{START}(?:earlier |last week |before )?you (?:said|told me|mentioned|were saying|have said|just said) (?:that )?(?:you|your|it|there|they|he|she)\b(?:(?! (?:but|so|yet|and now|now) )[^.;?]){0,120}",
    r"\b(?:seen|called|labell?ed|thought of|viewed|treated|branded|see yourself|sees you|see you) (?:as )?(?:an? )?(?:addict|alcoholic|junkie|drunk|failure|problem drinker|liar)\b|\bthe (?:word|label) ['\"]?(?:addict|alcoholic)\b",
    # the client's own sense of obligation, given back ("you feel like you have to...")
    r"(?<!not )\b(?:you|they|he|she|people|everyone|everybody|part of you|your \w+|the (?:court|judge|school|doctor|magistrate|order|police|probation|law|council|job centre)|it sounds like you|sounds like you) (?:really |kind of |sort of |just |still |all |might |may |probably |do not |did not |never |does not )?(?:feel|feels|felt|are feeling|think|thinks|thought|believe|believes|are told|were told|have been told|get told|keep hearing|hear|heard|wonder|are wondering|are worried|worry|are afraid|are scared|decided|want|wants|expect|expects|say|says|said|tell|tells|told|keep telling|are telling|are saying|know|knows|get the message|feel pressure|feel pressured|feel pushed) (?:like |that |as if |maybe |whether )?(?:you|they|he|she|we|i) (?:really |just |still |all )?(?:should|need to|have to|must|ought to|got to|better|need (?:help|treatment|rehab|detox|support|a))\b",
    r"(?<!not you )(?<!you not )\b(?:do|did|would|does) you (?:really |honestly )?(?:feel|think|believe) (?:like |that )?you (?:should|need to|have to|must|ought to)\b",
    r"\b(?:told|telling|tell|tells|keep telling|keeps telling) you (?:that |what |how |when |where )?(?:you )?(?:should|need to|have to|must|to|ought to)\b",
    # a resource described, with what it offers ("there's a free helpline you can call any time")
    r"\bthere (?:is|are) (?:a |an |some )?(?:\w+ )?(?:helpline|hotline|group|service|number|website|app|leaflet|class|course)s? (?:that )?you (?:can|could)\b[^.;?]{0,120}",
    # the client's own view asked for ("what do you reckon would be a good first step?")
    r"\bwhat (?:do|would) you (?:think|reckon|say|imagine|expect|guess) (?:would|might|could|will|is going to) (?:be|help|work|happen)\b[^.;?]{0,120}",
    # a choice offered, not advice ("you can stop me whenever you want", "you know what's best for your life")
    r"\byou (?:can|could) (?:always )?(?:stop|pause|leave|skip|pass|say no|change your mind)(?: me| us| this| it| the session| there)? (?:whenever|any ?time|at any (?:time|point)|if you)\b|\byou know (?:what is|what's) (?:best|right) for (?:you|your \w+)\b",
    # the client invited to turn the counsellor's idea down ("you can tell me if it's rubbish")
    r"\b(?:tell|let) me (?:know )?(?:(?:if|when|whether|that) )?(?:it is|that is|this is|i am|i have|i have got|i got|it does not|that does not|none of|any of)\b[^.;?]{0,120}",
    # an obligation disowned ("I'm not saying you have to do anything")
    r"\b(?:not|never) (?:saying|telling you|asking you|suggesting|asking|expecting) (?:that )?you (?:have|need|should|must|ought|got)\b[^.;?]{0,60}",
    # the client invited to call the counsellor's idea what they like ("you can say it's dumb")
    r"\b(?:you can|you could|feel free to|it is okay to|it is fine to) (?:say|tell me|think) (?:that )?(?:it is|that is|this is|i am)\b[^.;?]{0,40}",
    # the client's own compass ("you need to do what's right for you"), a hypothetical asked about
    # ("what would be different if you did stop?")
    r"\byou (?:need|have|ought) to (?:do|decide|choose|find|go with|work out) (?:what|whatever) (?:is|feels|seems) (?:right|best|good) for you\b",
    r"{START}what (?:would|might|could|will) (?:be|change|happen|feel|look|you)\b[^.;?]{0,80}",
    # the client's own view asked for ("what would u miss if u stopped?")
    r"\bwhat (?:would|will|might|do|did|could) you (?:miss|lose|gain|notice|want|like|feel|think|do|say|find|get)\b(?! (?:would|will|was going to) happen)[^.;?]{0,80}",
    # a burden the client should never have had ("you shouldn't have to deal with that alone"): validation
    r"\b(?:you|nobody|no one|anyone) (?:should not|should never|should not ever) (?:ever )?have to\b",
    r"\b(?:what|how|when|where|which|whether|why) (?:do|would|did) you (?:think|feel|believe|decide|want) (?:you |we )?(?:should|need to|have to|must|ought to|could|might)\b",
    r"\b(?:if|whether|when|whatever|what) you (?:feel|think|decide|want|choose) (?:like |that )?(?:you )?(?:should|need|have|must|want)\b",
    r"\bwhat (?:do|would|could|should) you (?:need|have) to\b|\b(?:you|they) (?:keep|kept) (?:being|getting) told\b",
    r"\bpart of you (?:is |has been |was )?(?:(?:maybe|perhaps|probably|also|still|really|sometimes|even|might|may) ){0,6}(?:feels?|thinks?|knows?|wants?|says?|believes?|wonders?|wondering|worries|hopes?|wish(?:es)?|suspects?)\b[^.;,]{0,60}",
    # the client's own wondering or wanting, given back: an obligation inside it is theirs ("you're
    # wondering whether something needs to change")
    r"\byou (?:are |have been |were |might be |may be )?(?:(?:maybe|perhaps|probably|also|still|really|sometimes|even|might|may) ){0,6}(?:wonder|wondering|wondered|wish|wishing|hope|hoping|suspect|suspecting|ask yourself|asking yourself|question|questioning) (?:if|whether|that|what|how|why)\b[^.;,]{0,60}",
    # a consequence the client fears, given back ("you're worried that if you stop you'll lose your friends")
    r"\byou (?:are |were |have been )?(?:really |a bit |quite )?(?:worried|scared|afraid|frightened|terrified|concerned|panicking|worry|fear) (?:that |about what happens )?(?:if|when|once|maybe|you|they|it|people)\b[^.;]{0,70}",
    # a label negated is taken away, not put on ("you aren't an addict", "I don't think you're lazy",
    # "nobody here thinks you're a liar", "you're not in denial, you're scared")
    r"\b(?:not|never|nobody (?:here )?(?:thinks|is saying|says|said|is calling|calls)|no one (?:here )?(?:thinks|is saying|says|said|is calling|calls)|i (?:do not|would not|never|did not) (?:think|say|call|see|believe|mean)|i am not (?:saying|calling|suggesting|implying)|does not make you)(?: that)? (?:you are |you were |you |it is |this is |that is )?(?:just |really |being |an? |some |in |making |such an? |a bad |a ){0,6}(?:{TRAIT}|{LABEL}|difficult|denial|excuses?)\b",
    # the client's own view of others given back ("you feel everyone else is to blame", "you think your
    # kids need you to be strong"): the blame or the need is theirs, reflected ("you *really* think..."
    # doubts them: see CONFRONT)
    r"\b(?:you|part of you|it sounds like you|sounds like you) (?:kind of |sort of |just |still |also )?(?:feel|felt|think|thought|believe|believed|know|knew|worry|are worried|reckon|are saying|said|see it as)(?: like| that| as if)? (?:it is |it was )?(?:your {KIN}|everyone else|everybody else|someone else|somebody else|they|people)\b[^.;?]{0,50}",
    # what the client has done for the people they love ("you've kept things going for your family"):
    # their doing, not our argument
    r"\byou (?:have |had |are |were )?(?:been |always |really |just |still |also ){0,6}(?:kept|keeping|did|done|doing|held|holding|gave|given|giving|worked|working|fought|fighting|sacrificed|stayed|carried|carrying|looked after|cared|managed|made|put|putting|poured|spent|devoted|dedicated|built|raised|provided|tried|got through|gone through|been there|stuck|showed up|turned up)\b[^.;?]{0,60}?\bfor your {KIN}\b",
    # the client's own value given back ("you want to be there for your kid"): their wish, not our argument
    r"\byou {ADV}(?:want|wanted|would like|hope|wish|care|are trying|try) to\b[^.,;]{0,40}?\b(?:for|to) your {KIN}\b",
)
"""Patterns that neutralise an overlapping pressure cue: an obligation the client feels, reported or
asked about, is reflected or explored, not imposed ("you feel like you have to quit", "what do you
think you should do?")."""

OBLIGATION_WORDS = r"\b(?:should|must|ought to|(?:have|has|had|need|needs|got|supposed) to|gotta|better)\b"
"""Obligation words. When the client's own line holds the same one, a counsellor's clause that gives it
back after a frame ("you realize it's something you shouldn't have done") is reflected, not imposed."""

LEADING_QUESTIONS: tuple[str, ...] = (
    r"{START}(?:so |and |but )?(?:do|does|did|would) you (?:not )?(?:really |honestly )?(?:think|believe|reckon|agree) (?:that )?(?:you|it) (?:should|ought to|had better|better|would be (?:better|best|wise|good))\b",
)
"""Yes/no questions that put the counsellor's answer in the client's mouth ("do you think you should
stop?"): the advice is the counsellor's, so :data:`SHIELDS` do not apply and the unit is persuade.
Asked open ("what do you think you should do?", "why do you think you should stop?") the same words
invite the client's own view and stay shielded."""

PRIMARY_ORDER: tuple[str, ...] = (
    "confront",
    "direct",
    "persuade",
    "repair",
    "explore_resistance",
    "summary",
    "affirmation",
    "validation",
    "complex_reflection",
    "autonomy",
    "collaboration",
    "simple_reflection",
    "open_question",
    "closed_question",
    "information",
    "other",
)
"""How strongly the client reacts to each code, first = most. Pressure outranks everything (the
client hears the push, not the cushion round it): confront (an attack on the person) > direct (an
order) > persuade (advice). Among alliance moves, owning a rupture and naming the resistance land
hardest, then a summary, then being affirmed or validated (a judgement about the client, which is
what a guarded client listens for), then the reflections and the lighter moves."""

UNIT_PRIORITY: dict[str, int] = {
    "repair": 100,
    "confront": 95,
    "direct": 90,
    "persuade": 85,
    "explore_resistance": 72,
    "summary": 70,
    "collaboration": 64,
    "autonomy": 62,
    "validation": 58,
    "affirmation": 56,
    "reported": 57,
    "persuade_soft": 85,
    "verdict": 95,
    "verdict_on_act": 95,
    "blame": 95,
    "honesty_doubted": 95,
    "harm_warning": 95,
    "universal": 95,
    "mockery": 95,
    "dismissal": 95,
    "siding": 95,
    "moralising": 95,
    "shaming": 95,
    "mock_praise": 95,
    "contradiction": 95,
    "of_course": 95,
    "command": 90,
    "normalising": 58,
    "announcement": 53,
    "explore_question": 72,
    "reflection": 50,
    "info_frame": 53,
    "own_intention": 52,
    "open_question": 40,
    "closed_question": 30,
    "information": 26,
    "other": 35,
}
"""Which cue wins inside one clause (keys are :data:`CODE_PATTERNS` tables). A pressuring function
outranks its polite form ("Don't you think you should stop?" is persuade, not a question);
permission and input outrank the question form that carries them; repair outranks all (an apology
followed by a push is cut at "but" into two units). "other" sits above the questions because its
cues only match a whole unit ("hey, how's it going?" is a greeting, not a question); reported
speech ("you said you've cut down") sits just above affirmation so that it stays a reflection."""

CODE_PATTERNS: dict[str, tuple[str, ...]] = {
    "repair": REPAIR,
    "confront": CONFRONT,
    "direct": DIRECT,
    "persuade": PERSUADE,
    "explore_resistance": EXPLORE_RESISTANCE,
    "summary": SUMMARY,
    "collaboration": COLLABORATION,
    "autonomy": AUTONOMY,
    "validation": VALIDATION,
    "affirmation": AFFIRMATION + AFFIRMATION_EXTRA,
    "reported": REPORTED_SPEECH,
    "persuade_soft": PERSUADE_STATEMENT,
    "verdict": VERDICT,
    "verdict_on_act": VERDICT_ON_AN_ACT,
    "blame": BLAME,
    "honesty_doubted": HONESTY_DOUBTED,
    "harm_warning": HARM_WARNING,
    "universal": UNIVERSAL_ARGUMENT,
    "mockery": MOCKERY,
    "dismissal": DISMISSAL,
    "siding": SIDING,
    "moralising": MORALISING,
    "shaming": SHAMING,
    "mock_praise": MOCK_PRAISE,
    "contradiction": CONTRADICTION,
    "of_course": OF_COURSE_SARCASM,
    "command": COMMAND,
    "normalising": NORMALISING,
    "announcement": ANNOUNCEMENT,
    "explore_question": RESISTANCE_TOPICS,
    "reflection": REFLECTION_OPENERS,
    "info_frame": INFORMATION_FRAMES,
    "own_intention": OWN_INTENTION,
    "open_question": OPEN_QUESTION,
    "closed_question": CLOSED_QUESTION,
    "information": INFORMATION,
    "other": OTHER,
}
"""Cue tables by code ("reflection" is split into simple/complex after matching)."""

CODE_OF: dict[str, str] = {
    "reported": "reflection",
    "persuade_soft": "persuade",
    "verdict": "confront",
    "verdict_on_act": "confront",
    "blame": "confront",
    "honesty_doubted": "confront",
    "harm_warning": "confront",
    "universal": "confront",
    "mockery": "confront",
    "dismissal": "confront",
    "siding": "confront",
    "moralising": "confront",
    "shaming": "confront",
    "mock_praise": "confront",
    "contradiction": "confront",
    "of_course": "confront",
    "command": "direct",
    "normalising": "validation",
    "announcement": "information",
    "explore_question": "explore_resistance",
    "info_frame": "information",
    "own_intention": "other",
}
"""Tables whose matches count as another table's code (they differ only in where they apply)."""

STATEMENT_ONLY: frozenset[str] = frozenset(
    {"reflection", "reported", "validation", "affirmation", "information", "info_frame", "persuade_soft"}
)
"""Tables ignored inside a question-shaped unit: "do you feel angry?" asks, it does not reflect;
"is there anyone you could talk to?" asks, it does not advise."""

QUESTION_ONLY: frozenset[str] = frozenset({"explore_question"})
"""Tables that only count in a question or an "I wonder..." (a resistance topic asked about)."""


def expand(pattern: str) -> str:
    """Replace the ``{MACRO}`` placeholders of a pattern with their regex text (:data:`MACROS`)."""
    for name, value in MACROS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern
