// English phrases for the reply classifier. Matched on folded text: lower case, no accents,
// straight apostrophes, and after the rewrites below ("don't" -> "do not", "I'm" -> "i am").
// Rules come most specific first; a phrase found hides its words from the rules after it.
import type { LanguagePack, Rule } from '../types';

const r = String.raw;

const MONTHS = r`january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`;
const WEEKDAYS = r`monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
const CONTACT_VERBS = r`contact|contacting|message|messaging|email|emailing|e-mail|mail|write|writing|text|texting|call|calling|spam|spamming|bother|bothering|pitch|pitching|ping|pinging|reach out to|reach|dm|inmail|solicit|soliciting|pester|pestering|chase|chasing`;

const rules: Rule[] = [
  // --- asked to stop ---------------------------------------------------------------------------
  { c: 'stop', neg: 'keep', re: r`unsubscribe[d]?|unsub|opt(?:ed|ing)?[- ]?out|opt me out` },
  { c: 'stop', neg: 'keep', re: r`(?:remove|delete|erase|drop|strike) (?:me|us|my (?:name|details|email|e-mail|address|data|contact|profile|info|information|personal data)|all my (?:data|details|information))` },
  { c: 'stop', neg: 'keep', re: r`take (?:me|us|my name) (?:off|out)` },
  { c: 'stop', neg: 'keep', re: r`(?:off|from) (?:your|the|this|all your|any) (?:mailing |contact |distribution |email |e-mail |marketing |sales |prospect |prospecting )?(?:list|lists|database|db|sequence|sequences|campaign|campaigns|crm|cadence)` },
  { c: 'stop', neg: 'keep', re: r`(?:stop|quit|cease|stop all|stop with) (?:the |your |these |this )?(?:${CONTACT_VERBS}|sending|harass\w*|following up|follow[- ]?ups?|messages|emails|mails|spam|outreach|sales pitch\w*|pitch\w*|reaching out|nonsense)` },
  { c: 'stop', neg: 'keep', re: r`(?:please stop|stop please|stop it|stop this|stop now|just stop|stop immediately)|(?<=^ )stop(?= $)` },
  { c: 'stop', neg: 'keep', re: r`(?:do not|never|not to|never ever|no need to|please do not) (?:ever )?(?:${CONTACT_VERBS}|follow up with|follow up|follow-up|send) (?:me|us|to me|with me)?(?: ?(?:again|anymore|any more|further|ever|in the future|any ?thing(?: else| more)?|more (?:messages|emails|stuff)))?` },
  { c: 'stop', neg: 'keep', re: r`no (?:more|further) (?:messages|message|emails|email|mails|contact|solicitations?|spam|follow[- ]?ups?|outreach|pitches|inmails|dms)` },
  { c: 'stop', neg: 'keep', re: r`leave me alone|leave us alone|lose my (?:number|email|details)|(?:not|never) (?:want|wish|like) to (?:be contacted|receive|hear from you|get (?:these|your|any|more)|be (?:added|on))` },
  { c: 'stop', neg: 'keep', re: r`spam\w*|harass\w*|(?:under|per|according to|in line with) (?:the )?gdpr|right to (?:be forgotten|erasure|object)|(?:report|reporting|flag|flagging|block|blocking|blocked) (?:you|this|your (?:account|profile|messages?)|as spam)` },
  { c: 'stop', neg: 'keep', re: r`(?:cease|stop|end|halt) (?:all |any )?(?:further |future )?(?:communication|communications|contact|correspondence|messages|emails|outreach|solicitation)` },
  { c: 'stop', neg: 'keep', re: r`(?:keep|kept|keeps|constantly) (?:${CONTACT_VERBS}|sending|following up|bugging|hassling)` },
  { c: 'stop', neg: 'keep', re: r`(?:enough|seriously) with (?:the|these|your) (?:messages|emails|pitches|follow[- ]?ups)|how (?:did|do) you get my (?:email|number|details|data|address)` },

  // --- out of office (automatic replies, or a person saying they are away) ---------------------
  { c: 'out-of-office', neg: 'keep', re: r`out[- ]of[- ](?:the[- ])?office|ooo|out of office` },
  { c: 'out-of-office', neg: 'keep', re: r`auto(?:matic|mated)?[- ]?(?:reply|replies|response|responder|message|generated)|autoreply|autoresponder` },
  { c: 'out-of-office', neg: 'keep', re: r`(?:am|will be|currently|presently|i be|i am now) (?:away|travell?ing|abroad|on the road|out of the country|offline|off[- ]grid|unavailable|not available|not in|not at my desk|off work)` },
  { c: 'out-of-office', neg: 'keep', re: r`(?:am|will be|currently) (?:out|off) (?:until|till|til|from|on|for|today|this week|next week|of the country|sick|ill)|away (?:until|till|til|from (?:the office|my desk|work))` },
  { c: 'out-of-office', neg: 'keep', re: r`on (?:annual |parental |maternity |paternity |sick |medical |study |sabbatical |family |bereavement |holiday |vacation |extended |personal |adoption |compassionate )?leave|(?:annual|parental|maternity|paternity|sick|medical|study|extended) leave|public holiday|bank holiday` },
  { c: 'out-of-office', neg: 'keep', re: r`(?:on|for|from) (?:my )?(?:vacation|vacations|holiday|holidays|pto|sabbatical|a business trip|business travel|a trip|work travel|my honeymoon|honeymoon|a short break|a break|paternity|maternity)` },
  { c: 'out-of-office', neg: 'keep', re: r`(?:limited|no|intermittent|patchy|poor|spotty) (?:connectivity|connection|reception|signal|internet|wifi|wi-fi)|(?:on a|on the|in the) (?:plane|flight|air)|in flight|(?:limited|no|intermittent|restricted|sporadic|reduced|little) (?:access|acces) to (?:my )?(?:email|emails|e-mail|mail|messages|inbox|linkedin|phone|internet|the internet|laptop|computer)` },
  { c: 'out-of-office', neg: 'keep', re: r`(?:will|shall|i'll) (?:be back|return|be returning|respond|reply|answer|read|deal with|get to) (?:\w+ )?(?:on|upon|when i|after my|as soon as i|in the office|to the office|to work|once i|at my return)|(?:upon|on|after|at) my return|when i (?:return|am back|get back)` },
  { c: 'out-of-office', neg: 'keep', re: r`back in (?:the )?office|back at (?:my desk|work|the office)|return(?:ing)? to (?:the )?(?:office|work)|(?:i will be|i am|i'll be) back (?:on|in the|at work|at the office|from|the|${WEEKDAYS}|${MONTHS}|\d)` },
  { c: 'out-of-office', neg: 'keep', re: r`in my absence|during my absence|while i am (?:away|out|off)|for (?:urgent|immediate|pressing|time[- ]sensitive) (?:matters|requests|enquiries|inquiries|issues|questions|queries|support|assistance|needs)|if (?:it is|this is|your (?:request|message|matter) is) urgent|office (?:is )?closed|closed for (?:the )?(?:holidays|holiday|christmas|summer|festive)` },

  // --- not the right person / left the company (answered as other) -----------------------------
  { c: 'redirect', neg: 'keep', re: r`(?:not|wrong) (?:the |a )?(?:right|best|correct|appropriate|relevant|good) (?:person|contact|people|team|department|one|guy|point of contact)|wrong (?:person|contact|guy)|not (?:my|our) (?:area|department|remit|field|responsibility|call|decision|scope|domain)` },
  { c: 'redirect', neg: 'keep', re: r`not (?:in charge|responsible for|the decision[- ]?maker|involved in|the one who)|(?:no longer|not longer|not anymore) (?:with|at|work(?:ing)? (?:at|for|with|in)|in charge|in this role|in that role|responsible|handle|handling)|(?:have|has|i) (?:left|moved on from) (?:the|this|[a-z]+) ?(?:company|firm|organisation|organization|business|group|role|position)?|left the company|(?:am|have) retired|moved (?:on )?to (?:a new|another) (?:role|company|position)` },
  { c: 'redirect', neg: 'keep', re: r`(?:you should|better to|best to|please|pls|try|suggest you) (?:contact|reach out to|talk to|speak to|speak with|ask|get in touch with|email|write to|connect with) (?:my colleague|our|my|the|him|her|them|[a-z]+ (?:from|in|who|at))|(?:will|let me|i'll|i can|happy to) (?:forward|pass|transfer|share) (?:this|it|your message|your note|your request|your email)(?: on| along)? to|(?:forwarded|forwarding|passed|passing|transferred) (?:this|it|your message|your note|your request)(?: on| along)? to|(?:cc'?ing|copying|looping in|cc'd|adding) (?:my|our|in)` },

  // --- small talk: answered as other, and keeps a "how are you?" from counting as a question ------
  { c: 'social', neg: 'keep', re: r`how are (?:you|things)|how is (?:life|it going|business|everything|the family)|how have you been|how was (?:your|the)|long time no see|hope (?:you are|all is|this finds you) (?:well|good|fine)|happy (?:new year|holidays|birthday|easter)|merry christmas|season's greetings|congrat\w*|well done|(?:great|nice|good|lovely) (?:to see|seeing|meeting|to meet|to catch up|catching up)` },

  // --- fixed phrases that say yes through a negation -------------------------------------------
  { c: 'interested', neg: 'keep', re: r`(?:would|will|could|i|wouldn't) not say no|not say no|(?:would|will) not refuse|not (?:un|dis)interested|not uninteresting|not (?:against|opposed to|averse to|closed to|ruling (?:it|this|that) out)(?: (?:it|the idea|a call|a chat|talking|chatting|a conversation|exploring|that|this))?|(?:would|do|will) not mind|not a bad idea|not bad at all|notbad|whynot|cantwait|no reason not to` },

  // --- not now / later -------------------------------------------------------------------------
  { c: 'later', neg: 'keep', re: r`not (?:right |just )?now|not (?:at the moment|at this moment|at this time|at present|for now|for the moment|for the time being|yet|today|this (?:week|month|quarter|year|semester|time)|in the (?:short|near) term|immediately|anytime soon|any time soon|so soon)` },
  { c: 'later', neg: 'keep', re: r`not (?:the |a )?(?:right|good|best|ideal|great) (?:time|moment|timing|period)|bad (?:timing|time|moment)|timing is (?:not|off|bad)|(?:is|are) not a priority|not a (?:top )?priority|not (?:high )?on (?:our|my) (?:priority )?list (?:right now|at the moment|this year)` },
  { c: 'later', neg: 'keep', re: r`(?:maybe|perhaps|possibly|probably|potentially) (?:later|next|in|after|around|towards|toward|early|end|at the end|by|once|when|down the (?:road|line)|another time|some other time|at some point|in the future|further down)|maybe later|some other time|another time|some day|someday|at a later (?:date|stage|time|point)|later (?:this|in the|next|on|down)|down the (?:road|line|track)|in the (?:future|coming months|new year)` },
  { c: 'later', neg: 'keep', re: r`in (?:a |another )?(?:few|couple of|couple|\d+|two|three|four|five|six|nine|twelve|several|some) (?:months?|quarters?|years?)|(?:six|6|3|three|12|twelve) months? (?:from now|time)|next (?:year|quarter|month|semester|fiscal|fy|budget|budget cycle|spring|summer|autumn|fall|winter|financial year)|(?:end|start|beginning) of (?:the )?(?:year|quarter|summer)|(?:in|for|until|after|by|around|during|from|before|till|early|late|mid|end of|start of|beginning of) (?:q[1-4]|h[12])` },
  { c: 'later', neg: 'keep', re: r`(?:reach|get|circle|check|come|touch|follow|ping|reconnect)(?: back| out| base| up| in)?(?: with me| to me| with us| to us| me| us)? (?:again )?(?:in (?:${MONTHS}|a |the |q|\d|two|three|six|a few|spring|summer|autumn|the fall)|next|after|later|around|early|at the end|once|when|towards|toward|closer to|by|mid|late|from|before|in the new year)` },
  { c: 'later', neg: 'keep', re: r`(?:ask|try|contact|call|email|message|write to|remind) (?:me|us) (?:again )?(?:in|next|after|later|around|early|at the end|once|when|towards|toward|closer|by|mid|late|from|back)|remind me|ping me (?:again|later|back)` },
  { c: 'later', neg: 'keep', re: r`after (?:the |our |this |my )?(?:summer|holidays|holiday season|holiday|new year|christmas|easter|break|summer break|merger|reorg|reorganisation|reorganization|restructuring|migration|launch|rollout|roll-out|audit|budget|budget review|project|acquisition|integration|go-live|board meeting|trade show|conference|busy season|peak season|year[- ]end|q[1-4]|${MONTHS})|once (?:we|the|our|things|i|this|that)|when (?:things|we are|we have|we get|the dust|budget)|(?:after|until|once|when) we(?: have| are)? (?:finish|finished|close|closed|complete|completed|know|sign|signed|hire|hired|launch|launched|migrate|migrated|settle|settled|get through|wrap up|done|back)|after that|not (?:before|until)` },
  { c: 'later', neg: 'keep', re: r`too (?:early|soon)|not ready|premature|(?:budget|budgets|spending|spend|headcount)(?: is| are| has been| have been)? (?:frozen|freeze|closed|locked|allocated|spent|on hold|set|fixed|tight|paused)|(?:on hold|paused|hiring freeze|spending freeze|budget freeze|frozen|on ice)|(?:busy|swamped|slammed|snowed under|overloaded|stretched|flat out|tied up|heads down|underwater|drowning)|(?:keep|stay) in touch|(?:let us|let's|lets) (?:reconnect|revisit|circle back|touch base|catch up) (?:in|next|after|later|around|early|at the end|closer|towards)|revisit|circle back|hold(?:ing)? off|(?:put|putting) (?:this|it|that) on (?:hold|ice|the back burner)|back burner|(?:i|we) will (?:get back|come back|revert) to you|get back to you|(?:think|thinking|sleep|mull) (?:about|it over|over|on) (?:it|this|that)|(?:let me|i will|i need to|we will|we need to|i have to|we have to) (?:think|reflect|consider|mull|discuss (?:it|this) internally)|will (?:keep|bear) (?:you|it|this) in mind|(?:have|keep) (?:you|your details) on file|(?:not|no) (?:the )?bandwidth|no time (?:right now|at the moment|now|this)|no capacity` },

  // --- a question that could read as interest: asked first ---------------------------------------
  { c: 'question', neg: 'keep', re: r`(?:would|'d) like to (?:know|understand|ask|clarify|check|confirm|find out)(?! more)|(?:i am|i was|just|was) (?:wondering|curious (?:about|whether|if|how|what|why|who|to know(?! more)))|(?:quick|one|a|small|little|short) question|can i ask|may i ask|how much|what (?:is|are|would be|will be|does) (?:the |your )?(?:price|prices|pricing|cost|costs|fee|fees|rate|rates|budget|ballpark|investment)|(?:what|how) (?:about )?(?:price|pricing|cost)|(?:price|pricing|cost|costs|fees|rates)(?= $)|(?:can|could) you (?:explain|clarify|elaborate|tell me (?:what|how|who|why|which|if|whether))` },

  // --- not interested --------------------------------------------------------------------------
  { c: 'not-interested', neg: 'keep', weak: true, re: r`(?<=^ )(?:no|nope|nah|non|no thanks|no thank you|not really|no sorry|sorry no|thanks but no|thanks no|no way)(?= $)|no thanks|no thank you|no,? sorry|thanks,? but no|thanks but no thanks` },
  { c: 'not-interested', re: r`(?:un|dis)interested|no interest|zero interest|little interest|not (?:interested|keen)(?: at all| whatsoever| in the least)|not at all` },
  { c: 'not-interested', neg: 'keep', re: r`(?:will|would|shall|going to|gonna|have to|must|i|we|got to|gotta) (?:respectfully |politely |kindly )?pass(?: on (?:this|that|it|the offer|the opportunity|your offer))?|pass on (?:this|that|it)|(?:i am|we are|i'm|we're) (?:good|all set|all good|fine|covered|sorted|set|ok|okay)(?: thanks| thank you| for now)?(?= $)|we are (?:all )?(?:set|covered|sorted|good) (?:on|for|with|here|thanks)` },
  { c: 'not-interested', neg: 'keep', re: r`(?:absolutely|definitely|certainly|of course|surely|hell|god) not|(?:going to|have to|got to|must|will|gonna|shall) (?:have to )?say no|(?:answer|it) is (?:a )?no|(?:that is|it is|this is) a (?:no|pass)|hard pass|firm no|not (?:the|your|a|in your|in the|part of your) (?:target|audience|market|ideal customer|ideal client|icp|profile|demographic)(?: market| audience)?` },
  { c: 'not-interested', neg: 'keep', re: r`not (?:for (?:us|me|our company|our team|our business|our organisation|our organization)|a (?:good |great |strong |real )?(?:fit|match)|(?:a )?good fit|relevant|applicable|something (?:we|i)|our (?:priority|focus|thing|cup of tea|area of focus)|my (?:thing|cup of tea)|what (?:we|i) (?:need|are looking for|want)|on our (?:radar|roadmap|agenda)|in (?:our|the) (?:budget|plans|roadmap)|something that|of interest|of use|worth (?:it|our time|my time))` },
  { c: 'not-interested', neg: 'keep', re: r`not (?:really |currently |actively )?(?:need|require|see (?:the|a) need|looking|searching|considering|planning|in the market|a buyer|buying|shopping|hiring|investing|exploring|pursuing|proceeding|moving forward|going forward|convinced|for sale|worth)|(?:does not|do not|will not|would not|did not) (?:really |quite |actually |exactly )?(?:fit|suit|apply|work for us|make sense|match|align|resonate)|not (?:going to |gonna )?(?:pursue|proceed|move forward|go ahead|buy|invest|change|switch)` },
  { c: 'not-interested', neg: 'keep', re: r`(?:already|currently) (?:have|has|use|using|uses|work with|working with|got|signed|partner(?:ed)?|equipped|covered|in place|contracted|committed|chose|chosen|selected|went with|invested|own|run|running|rely on|built|have a|have an|outsourced|sorted|taken care)|already (?:have|got) (?:a|an|our|one|someone|something|this|that)` },
  { c: 'not-interested', neg: 'keep', re: r`(?:happy|satisfied|content|fine|ok|okay|pleased|very happy) with (?:our|the|my|what we) (?:current|existing|present|actual|have|provider|vendor|supplier|partner|setup|set-up|solution|tool|agency|system)|in[- ]house|internally|(?:our|we have (?:a|an|our own)) (?:own )?(?:solution|provider|vendor|supplier|partner|agency|tool|team|platform|system) (?:in place|already|that|for this)|(?:we have|we have got|we use|we run|we rely on) (?:our own|an internal|an in-house|a dedicated|our in-house|our internal) (?:\w+ )?(?:solution|provider|vendor|supplier|partner|agency|tool|team|platform|system|people|department|staff)|our own (?:team|tool|solution|platform|system|people)|(?:locked|tied) (?:in|into) (?:a |our )?(?:contract|agreement)|under contract` },
  { c: 'not-interested', neg: 'keep', re: r`(?:no|zero|not any|not the) (?:need|needs|use|budget|plans?|project|requirement|appetite|bandwidth for this)(?: for| in| at| to| of)?|(?:too|very|quite|far too|way too) (?:expensive|pricey|costly|small|big|early[- ]stage|niche)|(?:can not|could not) (?:afford|justify)|out of (?:our|my) (?:budget|price range|league)|(?:decline|declining|turn down|turning down)|(?:decided|chose|choose|opted|prefer|prefers|preferred|have chosen|selected) (?:to go (?:with|for)|not to|against|to stay|to stick|another|a different|to keep|an? (?:other|different|competitor))|(?:would|i would|we would) rather not|prefer not to|(?:not|never) see (?:the |any |much |a )?(?:value|point|need|benefit|fit|use)|(?:no|little|not much) (?:value|point) (?:for|in)|went (?:with|for) (?:another|a different|someone|a competitor|an? other)|going (?:in )?(?:another|a different) direction|irrelevant|waste of (?:time|my time|our time)|no (?:fit|match)|emojino` },

  // --- interested ------------------------------------------------------------------------------
  { c: 'interested', re: r`interested|interesting|intrigued|curious to (?:learn|hear|see|know) more|(?:sounds?|sounded|looks?|seems?) (?:very |really |quite |pretty )?(?:good|great|interesting|perfect|fine|promising|like a plan|cool|excellent|fantastic|awesome|relevant|useful|nice|amazing|intriguing|compelling|spot on|right)` },
  { c: 'interested', re: r`(?:let us|let's|lets) (?:talk|chat|meet|connect|do it|do this|set|schedule|book|discuss|catch up|hop|jump|find|arrange|speak|have|organise|organize|get|explore|go)|(?:can|could|shall|should) we (?:talk|chat|meet|speak|set|schedule|book|have|do|jump|hop|arrange|find|organise|organize|discuss|connect)` },
  { c: 'interested', re: r`(?:happy|glad|keen|eager|open|available|willing|delighted|pleased|up|ready|excited) (?:to|for) (?:a |an |the |some )?(?:chat|talk|call|meet|meeting|discuss|discussion|connect|learn|hear|have|take|look|receive|read|see|get|explore|exchange|jump|hop|demo|conversation|find out|review|try|test|speak|share|set|schedule|book)` },
  { c: 'interested', neg: null, re: r`(?:i|we|you) would (?:love|like|be glad|be happy|appreciate|welcome|be keen|be interested|be open|be delighted|enjoy)|would love to|(?:i|we) (?:love|like|enjoyed|loved|liked) (?:it|this|that|the idea|the article|the post|the piece|the deck|the guide|the report|the paper|your)|(?:i|we) (?:want|wish) to (?:know|learn|hear|see|talk|chat|meet|discuss|try|explore|book|schedule)` },
  { c: 'interested', neg: 'keep', re: r`(?<=^ )(?:yes|yeah|yep|yup|ya|yes please|yes sure|sure|absolutely|definitely|of course|certainly|ok sure|sure thing|deal|done|great|perfect|excellent|brilliant|lovely|awesome|go ahead|with pleasure|gladly|why not|love it)(?= $)|yes|yeah|yep|yup|go ahead|go for it|count me in|count us in|i am in|we are in|sign me up|with pleasure|gladly|great idea|good idea|love (?:it|this|that|the idea)|all ears|that would be (?:great|helpful|useful|nice|good|perfect|lovely|fantastic)|emojiyes|by all means` },
  { c: 'interested', neg: null, re: r`sure|of course|certainly|absolutely|definitely|perfect` },
  { c: 'interested', neg: 'stop', re: r`send (?:me|it|them|over|through|across|us|along|the|your|a|an|more|some|any|this|that)|(?:can|could|would|will) you (?:send|forward|email|e-mail|mail|drop)|(?:forward|email|e-mail) (?:me|it|us)|share (?:it|more|with me|with us|the (?:deck|link|doc|document|presentation|guide|report|slides|details|info|white ?paper|pdf|recording|replay)|your (?:deck|slides|presentation|details|calendar|availability))|(?:do|please) send|please share` },
  { c: 'interested', re: r`more (?:info|infos|information|details|detail|about (?:it|this|that|your|the)|on (?:this|that|it|your|the)|material|documentation)|tell me more|learn more|know more|find out more|hear more|see more|dig deeper|(?:want|like|love|keen|happy|eager) to (?:know|learn|hear|see|discover) more` },
  { c: 'interested', statement: true, re: r`the (?:deck|brochure|white ?paper|one-pager|documentation|guide|report|case study|recording|replay|slides)` },
  { c: 'interested', re: r`(?:book|schedule|set up|setup|set|arrange|organise|organize|plan|fix|find|grab|have|do|hop on|jump on|get) (?:a |an |some |the |up a |us a |in a )?(?:time|call|meeting|demo|chat|slot|session|zoom|teams call|google meet|meet|coffee|quick call|short call|quick chat|intro call|intro|call together|15|20|30|catch-up|catch up|discovery call|conversation)|(?:have|take|having|taking) a (?:quick |closer |good |proper )?look|(?:will|i will|we will|i'll) (?:look|read|check|review|go through|dig into|take a look|have a look)(?: at| into| it| this| through| over)?|check it out` },
  { c: 'interested', re: r`calendly|calendar|my agenda|my diary|(?:available|free) (?:on|next|this|tomorrow|today|${WEEKDAYS}|at|between|in the|from|for a (?:call|chat)|any ?time|all week|after|before|morning|afternoon)|works? for me|suits? me|(?:does|would|do) .{0,25} work for you|what time|(?:when|what) (?:are|would|is|could|suits|works) (?:you|it|we|best|good)|(?:how|what) about (?:${WEEKDAYS}|next|this|tomorrow|a call|a chat|a quick|coffee)` },
  { c: 'interested', re: r`(?:would|will|could) be (?:good|great|nice|useful|helpful|worth it|worthwhile) to (?:compare notes|talk|chat|connect|catch up|discuss|meet|speak|learn|hear|see|have|get)|compare notes|(?:i am|we are|i will be) around (?:on )?(?:${WEEKDAYS}|tomorrow|next week|this week|all week|later|in the afternoon|in the morning)|(?:times|slots|dates|days?|time) that (?:suit|work|works|suits)|(?:suit|suits|work|works) (?:for )?you(?= $)` },
  { c: 'interested', re: r`call me|give me a (?:call|ring|shout|buzz)|ring me|(?:my|here is my|here's my) (?:number|phone|mobile|cell|email|e-mail|direct line)|reach me (?:at|on|via|by)|email me|drop me (?:a line|an email|a note)|contact me (?:at|on|via|by|directly|next week|tomorrow|on ${WEEKDAYS})` },
  { c: 'interested', re: r`useful|helpful|relevant|timely|spot on|insightful|valuable|great (?:read|article|content|piece|post|paper|resource|stuff|work|insights)|(?:nice|good|excellent) (?:read|article|piece)|exactly what (?:we|i) (?:need|needed|were looking|was looking|are looking)|just what (?:we|i) need|(?:we|i) (?:are|were|have been|was|am) (?:looking|searching) for (?:something|this|a|exactly|an?|such)` },
  { c: 'interested', statement: true, re: r`(?:we|i) (?:need|could use|could do with) (?:this|something like|help|a|some|exactly)|(?:demo|trial|pilot|poc|proof of concept|test drive)` },
  { c: 'interested', re: r`(?:sign|signed) (?:me )?up|registered|i will (?:be there|attend|join)|see you (?:there|then|on ${WEEKDAYS}|${WEEKDAYS}|next (?:week|${WEEKDAYS}))|looking forward|look forward|keep me (?:posted|updated|in the loop)|(?:thanks|thank) (?:for|you for) (?:sharing|the (?:article|deck|guide|link|report|share)),? (?:very |really )?(?:interesting|useful|helpful)` },

  // --- a question by its first words, when no "?" was typed -------------------------------------
  { c: 'question', neg: 'keep', re: r`(?<=^ )(?:how (?:does|do|much|many|long|is|are|can|would|did)|what (?:is|are|does|do|would|kind|sort|exactly|about|if|makes)|who (?:is|are|else|exactly)|which|where|why|do you|does (?:it|this|your)|is (?:it|there|this|that)|are (?:you|there|your|these)|can (?:it|you|i|we)|could (?:you|it|we)|any (?:references|case studies|case study|pricing|info|example|examples)|do (?:i|we) need)` },
];

export const en: LanguagePack = {
  code: 'en',
  cues: ['the', 'and', 'you', 'your', 'i', 'we', 'our', 'is', 'are', 'not', 'thanks', 'thank', 'please', 'my', 'it', 'to', 'of', 'for', 'this', 'that', 'will', 'would', 'can', 'be', 'have', 'with', 'no', 'yes', 'at', 'in', 'but', 'am', 'out', 'office', 'back', 'interested', 'now', 'time', 'let', 'us', 'talk', 'send', 'more', 'just', 'do', 'what', 'how', 'so', 'hi', 'hello', 'sure', 'sounds', 'good', 'maybe', 'next', 'year', 'already', 'until', 'don', 'didn', 'doesn', 'isn', 'won', 'can', 'wouldn', 'll', 've', 'll', 'from', 'if', 'any', 'when', 'call', 'right', 'please', 'regards', 'happy', 'chat', 'week', 'away', 'leave', 'get'],
  rewrites: [
    [/\b(do|does|did|is|are|was|were|would|could|should|has|have|had|must|need|might)n'?t\b/g, '$1 not'],
    [/\b(?:won'?t)\b/g, 'will not'],
    [/\b(?:can'?t|cannot)\b/g, 'can not'],
    [/\b(?:shan'?t)\b/g, 'shall not'],
    [/\bain'?t\b/g, 'is not'],
    [/\bi'?m\b/g, 'i am'],
    [/\b(we|you|they)'re\b/g, '$1 are'],
    [/\b(it|that|there|what|this|here)'s\b/g, '$1 is'],
    [/\b(i|we|you|they|it|that)'d\b/g, '$1 would'],
    [/\b(i|we|you|they|it|that)'ll\b/g, '$1 will'],
    [/\b(i|we|you|they)'ve\b/g, '$1 have'],
    [/\b(?:thank you|thankyou|thx|thnx|thks|tks|ty|tyvm)\b/g, 'thanks'],
    [/\b(?:pls|plz|plse)\b/g, 'please'],
    [/\b(?:info's|infos)\b/g, 'info'],
    [/\b(?:no (?:problem|problems|prob|probs|worries|worry|rush|doubt|pressure|hurry|issue|issues|offence|offense)|not a problem|not an issue|never mind|nevermind|no matter)\b/g, 'fine'],
    [/\b(?:do not|never) hesitate\b/g, 'feelfree'],
    [/\bwhy not\b/g, 'whynot'],
    [/\bcan not wait\b/g, 'cantwait'],
    [/\bcould not be (?:more|happier)\b/g, 'very'],
    [/\bcould not agree more\b/g, 'agree'],
    [/\bnot only\b/g, 'also'],
    [/\bnot bad\b/g, 'notbad'],
    [/\bif not\b/g, 'otherwise'],
    [/\bnot sure\b/g, 'unsure'],
    [/\bno one\b/g, 'nobody'],
  ],
  negators: ['not', 'never', 'no', 'nor', 'neither', 'hardly', 'barely', 'without', 'nobody', 'nothing', 'unsure'],
  postNegators: [],
  contrast: ['but', 'however', 'though', 'although', 'that said', 'having said that', 'unfortunately', 'sadly', 'alas', 'except'],
  clauseBreaks: ['and', 'so', 'because', 'since', 'as we', 'as i', 'which', 'while', 'whereas', 'or', 'if', 'then', 'plus', 'also'],
  rules,
  soon: new RegExp(r`\b(?:this week|next week|tomorrow|today|tonight|this (?:morning|afternoon|evening)|(?:on )?(?:${WEEKDAYS})|\d{1,2}(?::\d{2})? ?(?:am|pm))\b`),
  deferral: /\b(?:right now|at the moment|at this moment|at this time|at present|presently|for now|for the moment|for the time being|yet|this (?:year|quarter|month|semester|fiscal year|fy|week)|until|till|before|in the (?:short|near) term|these days|anytime soon|any time soon|short term|immediately|momentarily|currently not|not currently|at this stage|at this point|just now)\b/,
  future: new RegExp(
    r`\b(?:(?:in|until|before|from|by|after) 20\d\d|next (?:year|quarter|month|semester|fiscal|fy|spring|summer|autumn|fall|winter|financial year)|q[1-4]|h[12]|in (?:a |another )?(?:few|couple of|couple|\d+|two|three|four|six|several) (?:months?|quarters?|years?)|(?:in|after|from|early|mid|late|end of|around|by|before|until|in early|in late|in mid) (?:${MONTHS}|the summer|summer|the autumn|autumn|the fall|fall|the new year|new year|christmas|the holidays|easter|spring|the spring)|after (?:the )?(?:summer|holidays|new year|christmas)|later (?:this|in the|next) (?:year|quarter)|(?:end|start|beginning) of (?:the )?(?:year|quarter)|(?:this|the) (?:autumn|fall|winter|spring)|down the (?:road|line))\b`,
  ),
  quoteHeaders: [
    /\bOn\b[^\n]{0,200}?\bwrote:/,
    /-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}/i,
    /(?:^|\n)\s*From:\s[^\n]*\n(?:[^\n]*\n)?\s*(?:Sent|Date|To|Subject):/,
    /(?:^|\n)\s*_{8,}/,
  ],
  greeting: /^\s*(?:[Hh]i|HI|[Hh]ello|HELLO|[Hh]ey|[Hh]iya|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Gg]reetings|[Mm]orning|[Aa]fternoon)\b(?:[ \t]+(?!(?:Not|No|Nope|Thanks|Thank|Yes|Sure|Please|I|I'm|I’m|We|We're|Sorry|Ok|OK|Okay|Happy|Interested|Great|Unfortunately|Stop|Remove|Can|Could|Would|What|How|Just|Sounds|Thx|All|Team|There)\b)\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]+(?:team|all|there|everyone))?[ \t]*[,!:.\n-]*/u,
  closings: /(?:(?:best regards|kind regards|warm regards|warmest regards|many thanks|kindest regards|regards|best wishes|all the best|best|cheers|sincerely|yours sincerely|yours truly|yours|thanks again|thanks|thank you|thx|rgds|br|sent from my \w+|get outlook for \w+)\b|--)/,
  dates: {
    months: { january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5, jun: 5, july: 6, jul: 6, august: 7, aug: 7, september: 8, sept: 8, sep: 8, october: 9, oct: 9, november: 10, nov: 10, december: 11, dec: 11 },
    weekdays: { sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6 },
    ordinal: 'st|nd|rd|th',
    returnCue: /\b(?:back|return|returning|returns|resume|resuming|reachable again|available again|in the office|reply|respond)\b(?:\s+(?:on|in the office on|to the office on|to work on|at work on|at my desk on|the|from))?/,
    untilCue: /(?:\b(?:until|till|til|through|thru|to|up to and including|up to)\b|\s-\s|\s-)/,
    inclusive: /^\W*(?:inclusive|included|incl)\b/,
    tomorrow: /\btomorrow\b/,
    nextWeek: /\bnext week\b/,
    inSome: /\bin (\d{1,3}) (days?|weeks?)\b/,
    weekUnit: /^week/,
  },
};
