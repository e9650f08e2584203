"""Probe the classifier with synthetic sentence shapes: every shape x every subject x every partner.

Usage: ``.venv/bin/python scripts/probe_shapes.py [--kind titles|bodies|multi|coord|negatives|all] [--show N]``

Why: the held-out sets show that rules made from one set's phrasings rarely fire on the next set. A shape
that fails for every name filled into it is a general gap (a verb form missing from a cue, a tagger rule
that drops a name before a Title Case verb), not a phrasing. This prints, per kind of shape, how many
fillings fail, and per shape how many, worst first, with a few examples. It is a report for development,
not a test: every fixed shape has its own one-behaviour test in tests/test_interactions.py or
tests/test_tagger.py. Session 7 took it from 288 / 1,547 failing headline / body fillings (of the first
27 + 45 shapes) to 24 / 409 of 47 + 90 shapes. Session 8 added shapes written from the held-out sets'
misses and from common press phrasing (110 headline, 193 body, 20 coordinated-party and 49 no-pair shapes
now) and ended at 24 / 229 failing headline / body fillings, 12 coordinated and 0 no-pair. Still failing:
an act whose object is the previous clause's subject ("B dropped a single, and A was quick to show
support"), "reacted to B's challenge video with a heart emoji" (mention here, comment in the helpers'
labels), a group's drama set ("the set of BABYMONSTER's new drama"), and a role word inside a joint dance
or a cast list ("Jimin and actor Park Bo-gum perform the point choreography").
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.classify import Classifier  # noqa: E402
from bot.models import Interaction  # noqa: E402

# (as written, short name, id)
SUBJECTS = [
    ("BTS's Jimin", "Jimin", "jimin"), ("SEVENTEEN's Mingyu", "Mingyu", "mingyu"),
    ("Stray Kids' Felix", "Felix", "felix"), ("aespa's Karina", "Karina", "karina"),
    ("IVE's Wonyoung", "Wonyoung", "wonyoung"), ("BLACKPINK's Lisa", "Lisa", "lisa"),
    ("Jungkook", "Jungkook", "jungkook"), ("Taeyeon", "Taeyeon", "taeyeon"), ("IU", "IU", "iu"),
    ("ZICO", "ZICO", "zico"), ("LE SSERAFIM's Kazuha", "Kazuha", "kazuha"), ("singer Crush", "Crush", "crush"),
]
PARTNERS = [
    ("BABYMONSTER", "babymonster"), ("TWICE's Nayeon", "nayeon"), ("Taeyang", "taeyang"),
    ("Lee Young-ji", "lee-young-ji"), ("ILLIT's Moka", "moka"), ("Olivia Rodrigo", "olivia-rodrigo"),
    ("ENHYPEN's Jake", "jake"), ("actor Park Bo-gum", "park-bo-gum"),
]
# headline shapes: the pair must be found, typed and marked as the headline
TITLES = [
    ("{s} Follows {o} On Instagram", "follow"),
    ("{s} Unfollows {o} On Instagram", "unfollow"),
    ("{s} Likes {o}'s Post", "like"),
    ("{s} Comments On {o}'s Post", "comment"),
    ("{s} Leaves A Sweet Comment On {o}'s Instagram", "comment"),
    ("{s} Sends A Coffee Truck To {o}", "gift"),
    ("{s} Sends Coffee Truck To {o}'s Drama Set", "gift"),
    ("{s} Meets {o} Backstage", "meet"),
    ("{s} And {o} Spotted Together In Paris", "meet"),
    ("{s} Hugs {o} At Awards Show", "meet"),
    ("{s} Covers {o}'s Hit Song", "cover"),
    ("{s} Does {o}'s Dance Challenge", "challenge"),
    ("{s} And {o} Team Up For Dance Challenge", "challenge"),
    ("{s} Joins {o} For New Dance Challenge", "challenge"),
    ("{s} Collaborates With {o} On New Single", "collab"),
    ("{s} Features On {o}'s New Song", "collab"),
    ("{s} Shouts Out {o}", "mention"),
    ("{s} Praises {o}'s Vocals", "mention"),
    ("{s} Gives A Shout-Out To {o}", "mention"),
    ("{s} Texts {o} After Her Concert", "message"),
    ("{s} Reveals {o} Sent Him A Message", "message"),
    ("{s} Surprises {o} At Her Concert", "meet"),
    ("{s} Visits {o}'s Fan Meeting", "meet"),
    ("Watch: {s} And {o} Perform A Duet", "collab"),
    ("{s} Thanks {o} For The Flowers", "mention"),
    ("{s} Reacts To {o}'s Cover", "mention"),
    ("{s} Sings {o}'s Song On Radio", "cover"),
    ("{s} And {o} Are The Cutest Duo In New TikTok Challenge", "challenge"),
    ("{s} Shows Support For {o}'s Comeback", "mention"),
    ("{s} Sends Heartfelt Message To {o}", "message"),
    ("{s} Cheers On {o} At Concert", "meet"),
    ("{s} Recreates {o}'s Iconic Choreography", "cover"),
    ("{s} Reveals She Is A Big Fan Of {o}", "mention"),
    ("{s} Spotted At {o}'s Concert", "meet"),
    ("{s} Gifts {o} A Luxury Watch", "gift"),
    ("{s} And {o} Reunite At Awards Show", "meet"),
    ("{s} Drops By {o}'s Radio Show", "meet"),
    ("{s} Leaves Comment On {o}'s Post", "comment"),
    ("{s} Teams Up With {o} For Surprise Collab", "collab"),
    ("{s} Dances To {o}'s New Song", "challenge"),
    ("{s} Calls {o} Her Role Model", "mention"),
    ("{s} Follows {o} Back On Instagram", "follow"),
    ("{o} Receives Coffee Truck From {s}", "gift"),
    ("{s} Features In {o}'s New MV", "collab"),
    ("{s} Congratulates {o} On Her Win", "mention"),
    ("{s} Attends {o}'s Fan Meeting", "meet"),
    ("{s} Writes A Song For {o}", "collab"),
    ("{s} Shows Up For {o} At His Concert", "meet"),
    ("{s} Drops Solo Single With A Surprise {o} Cameo", "collab"),
    ("{s} Belts Out {o}'s Song On Variety Show", "cover"),
    ("{s} To Feature On {o}'s New Single", "collab"),
    ("{s} To Release Single Featuring {o}", "collab"),
    ("{s} Reveals {o} Treated Her To Dinner", "meet"),
    ("{s} Runs Into {o} At The Airport", "meet"),
    ("{s} Gifts {o} Custom Sneakers", "gift"),
    ("{s} Sends Birthday Wishes To {o}", "mention"),
    ("{s} Reacts To {o}'s Stage", "mention"),
    ("{s} Joins {o} On Stage", "collab"),
    ("{s} Welcomes {o} Home After Military Discharge", "meet"),
    ("{s} Names {o} As Her Role Model", "mention"),
    ("{s} Stars In {o}'s New Music Video", "collab"),
    ("{s} And {o} Share A Front-Row Moment At Paris Show", "meet"),
    ("{s} Pens Heartfelt Letter To {o}", "message"),
    ("{s} Shares Behind-The-Scenes Photo With {o}", "meet"),
    ("{s} Calls {o} Her Best Friend", "mention"),
    ("{s} Visits {o} On Set", "meet"),
    ("{s} Lands Cameo In {o}'s Drama", "collab"),
    ("{s} Reunites With {o} On Variety Show", "meet"),
    ("{s} Duets With {o}", "collab"),
    ("{s}, {o} Unveil Collaboration", "collab"),
    ("{s} x {o}: New Collab Single Out Now", "collab"),
    ("{s} Surprises {o} With A Visit", "meet"),
    ("{s} Hypes Up {o}'s Comeback", "mention"),
    ("{s} Covers {o}'s Song At Her Fan Meeting", "cover"),
    ("{s} Shows Up Unannounced At {o}'s Seoul Concert", "meet"),
    ("{s} Receives A Giant Bouquet From {o}", "gift"),
    ("{s} Makes Solo Debut With Mirror Room Featuring {o}", "collab"),
    ("{s} Makes Surprise Cameo In {o}'s New Drama", "collab"),
    ("{s} And {o} Send Fans Into Meltdown With A Café Selca", "meet"),
    ('{s}: "{o} Taught Us To Write The Way We Talk"', "mention"),
    ("{s} Nails {o}'s 'Static Bloom' Challenge", "challenge"),
    ("Trot Star {s} To Feature On {o}'s New Single", "collab"),
    ("{s} And {o} Unveil Bilingual Collaboration 'Fuego Lento'", "collab"),
    ("{s} To Release English Remix Featuring {o}", "collab"),
    ("{s} Went To {o}'s Year-End Concert", "meet"),
    ("{o} Played The Voice Memo {s} Sent Her On Camera", "message"),
    ("{s} Makes Surprise Cameo As Skating Coach In {o}'s New Drama", "collab"),
    ('{s} Finally Hits "Follow" On {o}', "follow"),
    ("{s} Brings Out {o} As A Surprise Guest At Her Encore Concert", "collab"),
    ("{s} Takes {o} On A 10K Run", "meet"),
    ("{s} Welcomes {o} As A Surprise Guest On The Final Night Of Her Concert", "collab"),
    ("{s} Spotted Cheering For {o} At Her Concert", "meet"),
    ("{s} Sends Love To {o} Ahead Of Her Comeback", "mention"),
    ("{s} Reveals She Texted {o} Before Debut", "message"),
    ("{s} Dances To {o}'s New Song In Viral TikTok", "challenge"),
    ("{s} Covers {o}'s Song In Japanese", "cover"),
    ("{s} Recommends {o}'s Album To Fans", "mention"),
    ("{s} Shares Sweet Moment With {o} At The Airport", "meet"),
    ("{s} Joins {o} On Stage At Coachella", "collab"),
    ("{s} Attends {o}'s Wedding", "meet"),
    ("{s} Sends Food Truck To {o}'s Film Set", "gift"),
    ("{s} And {o} Reunite For Duet", "collab"),
    ("{s} Says {o} Is Her Role Model", "mention"),
    ("{s} Leaves Heart Emoji On {o}'s Post", "comment"),
    ("{s} Likes {o}'s Old Photo, Fans React", "like"),
    ("{s} Hugs {o} After Winning Daesang", "meet"),
    ("{s} Supports {o}'s Solo Debut", "mention"),
    ("{s} Shows Off Gift From {o}", "gift"),
    ("{s} Teaches {o} Her New Point Choreography On The Tonight Show", "challenge"),
    ("{s} Surprises Fans At {o}'s Seoul Concert With A Joint Stage", "collab"),
]
# body shapes under a neutral title ({s}: subject as written, {ss}: its short name, {o}: the partner)
BODIES = [
    ('On March 3, {s} left a comment on {o}\'s latest Instagram post, writing, "So proud of you."', "comment"),
    ("{s} took to Instagram to share a photo with {o}.", "meet"),
    ("{s} sent a coffee truck to the set of {o}'s new drama.", "gift"),
    ("In the clip, {s} and {o} perform the point choreography of the song.", "challenge"),
    ("{s} revealed that {o} had texted after the show.", "message"),
    ("{s} was spotted in the audience at {o}'s concert.", "meet"),
    ("{o} thanked {s} for the support.", "mention"),
    ("Fans noticed that {s} had unfollowed {o} on Instagram.", "unfollow"),
    ("{s} has been following {o} on Instagram since 2023.", "follow"),
    ("{s} liked several of {o}'s posts on Instagram.", "like"),
    ("{s} featured on {o}'s new single.", "collab"),
    ("{s} covered {o}'s hit on a radio show.", "cover"),
    ("{s} shared {o}'s post on Instagram Story.", "mention"),
    ("{s} posted a TikTok video dancing to {o}'s new song.", "challenge"),
    ("{s} joined {o} on stage for a duet.", "collab"),
    ("{s} had dinner with {o} in Seoul.", "meet"),
    ("{s} sent {o} a handwritten letter.", "message"),
    ("{s} gave {o} a shout-out during the broadcast.", "mention"),
    ("A video of {s} and {o} doing the dance challenge went viral.", "challenge"),
    ("{s} and {o} posed for a selfie backstage.", "meet"),
    ("{s} appeared in {o}'s music video.", "collab"),
    ("{s} wrote the lyrics for {o}'s new song.", "collab"),
    ("{s} commented under {o}'s video.", "comment"),
    ("{s} replied to {o}'s post on X.", "comment"),
    ("During a live broadcast, {s} called {o} her role model.", "mention"),
    ("On May 3, {s} uploaded a dance challenge video to TikTok. In the clip, {ss} is joined by {o}.", "challenge"),
    ("{s} recently took to Instagram to share a series of photos. In one of them, {ss} poses alongside {o}.", "meet"),
    ('{o} posted a selfie on Instagram on Monday. {s} left a comment, writing, "So cute."', "comment"),
    ('{o} posted a selfie on Instagram on Monday. {s} also dropped by the comments, writing, "So cute."', "comment"),
    ("{o} went live on Weverse on Monday. {s} made a brief appearance in the comments as well.", "comment"),
    ('{o} shared a dance video on TikTok. {s} also dropped by the comment section, leaving a sweet note.', "comment"),
    ("{s} surprised fans by appearing at {o}'s concert on Saturday.", "meet"),
    ("{s} showed love for {o} by sharing the new song on Instagram Story.", "mention"),
    ("{s} and {o} have been friends since their trainee days. The two recently met up for dinner in Seoul.", "meet"),
    ("{s} is featured on {o}'s new album.", "collab"),
    ("{o} dropped a new single on Friday, and {s} was quick to show support.", "mention"),
    ("{s} received a gift from {o}.", "gift"),
    ("{s} sent flowers to {o}'s concert.", "gift"),
    ("Fans spotted {s} at {o}'s fan meeting.", "meet"),
    ("{s} was seen cheering for {o} at the award show.", "mention"),
    ("{s}'s comment on {o}'s post went viral.", "comment"),
    ("{o} reposted {s}'s video on Instagram.", "mention"),
    ("{s} and {o} reunited at the airport.", "meet"),
    ("{s} made a cameo in {o}'s new music video.", "collab"),
    ("{s} dedicated the performance to {o}.", "mention"),
    ("{s} recommended {o}'s new song to fans.", "mention"),
    ("{s} congratulated {o} on the win.", "mention"),
    ("{s} hopped on a video call with {o} during the live.", "message"),
    ("{s} invited {o} to the show as a guest.", "meet"),
    ("{o} appeared as a guest on {s}'s YouTube show.", "meet"),
    ("{s} and {o} sang a duet at the festival.", "collab"),
    ("{s} covered {o}'s song during the concert.", "cover"),
    ("{s} did the dance challenge for {o}'s new song with {o2}.", "challenge"),
    ("{s} posted a photo on Instagram on Monday. In the caption, {ss} tagged {o}.", "mention"),
    ("{o} celebrated a birthday on Sunday. {s} sent a cake to mark the day.", "gift"),
    ("{s} was spotted at the premiere. {ss} took a photo with {o}.", "meet"),
    ("{s} uploaded a cover of {o}'s song. {o} responded in the comments.", "comment"),
    ("{o} released a new song on Friday. {s} covered it on a live broadcast.", "cover"),
    ("{s} and {o} are close friends. They recently went on a trip to Jeju together.", "meet"),
    ("{o} held a fan meeting in Seoul. {s} attended as a special guest.", "meet"),
    ("{s} revealed on a radio show that {ss} is a big fan of {o}.", "mention"),
    ('{s} thanked {o}, saying, "You inspired me."', "mention"),
    ("{s} reacted to {o}'s challenge video with a heart emoji.", "comment"),
    ("{s} sent a handwritten letter to {o}.", "message"),
    ("{o} shared a video on Instagram. Soon after, {s} liked the post.", "like"),
    ("{o} went live on Weverse. {s} joined the live chat.", "comment"),
    ("{s} and {o} released their duet on Friday.", "collab"),
    ("{s}'s new single features {o}.", "collab"),
    ("{s} and {o} were photographed together at the airport.", "meet"),
    ("{s} gifted {o} a luxury watch.", "gift"),
    ("{s} gave a shout-out to {o} at the awards.", "mention"),
    ("{s} praised {o} during an interview, calling her a genius.", "mention"),
    ("{s} unfollowed {o} on Instagram last week.", "unfollow"),
    ("{s} took to Instagram to congratulate {o} on the release.", "mention"),
    ("{s} showed support for {o} by posting the album cover on Instagram.", "mention"),
    ("{o} received a coffee truck from {s} on the set of the drama.", "gift"),
    ("{s} made a special appearance on {o}'s YouTube channel.", "meet"),
    ("{s} and {o} shared a warm hug backstage.", "meet"),
    ("{s} left a heartfelt comment under {o}'s photo.", "comment"),
    ("{s} reposted {o}'s dance cover on X.", "mention"),
    ("{s} gave {o} a big hug.", "meet"),
    ("{s} sent {o} a bouquet of flowers.", "gift"),
    ("{s} surprised {o} with a birthday cake.", "gift"),
    ("{s} teamed up with {o} for a special stage at the awards.", "collab"),
    ("{s} was spotted dancing to {o}'s new song.", "challenge"),
    ("{s} gave a heartfelt speech thanking {o}.", "mention"),
    ("{s} DM'd {o} after the show.", "message"),
    ("{s} slid into {o}'s DMs.", "message"),
    ("{s} and {o} took a selfie together.", "meet"),
    ("{s} visited the set of {o}'s new drama.", "meet"),
    ("{s} sang {o}'s hit during the encore.", "cover"),
    ("{s} named {o} as her favorite artist.", "mention"),
    ("{s} shared a photo with {o} on Instagram.", "meet"),
    ("{s} showed up for {o} at her concert.", "meet"),
    ("{s} attended {o}'s concert on Sunday.", "meet"),
    ("{s} delivered a rendition of {o}'s classic on the show.", "cover"),
    ("{s} performed a rendition of {o}'s hit.", "cover"),
    ("{s} joined forces with {o} for a new single.", "collab"),
    ("{s} brought a cake for {o}.", "gift"),
    ("{o}'s new single was produced by {s}.", "collab"),
    ("{s} produced {o}'s new single.", "collab"),
    ("{s} composed the title track of {o}'s new album.", "collab"),
    ("{s} directed {o}'s new music video.", "collab"),
    ("{s} was in the audience at {o}'s concert.", "meet"),
    ("{s} stopped by {o}'s fan meeting.", "meet"),
    ("{s} sent a flower wreath to {o}'s concert.", "gift"),
    ("{s} sent a food truck to {o}.", "gift"),
    ("{s} wished {o} a happy birthday on Instagram.", "mention"),
    ("{s} performed with {o} at the year-end festival.", "collab"),
    ("{s} guested on {o}'s radio show.", "meet"),
    ("{s} texted {o} a photo from the set.", "message"),
    ("{s} hugged {o} after the performance.", "meet"),
    ("{s} sang {o}'s song at her fan meeting.", "cover"),
    ("{s} lent her voice to {o}'s new track.", "collab"),
    ("{s} took part in {o}'s new single.", "collab"),
    ("{s} danced to {o}'s song on TikTok.", "challenge"),
    ("{s} tried the challenge for {o}'s new song.", "challenge"),
    ("{s} filmed the challenge with {o}.", "challenge"),
    ("{s} hyped up {o} on X.", "mention"),
    ("{s} gave {o} a gift on her birthday.", "gift"),
    ("{s} treated {o} to dinner.", "meet"),
    ("{s} and {o} grabbed coffee together.", "meet"),
    ("{s} and {o} hung out in Tokyo.", "meet"),
    ("{s} praised {o} in an interview.", "mention"),
    ("{s} sent a message to {o} on Bubble.", "message"),
    ("{s} and {o} posted a café selca on Instagram.", "meet"),
    ("{s} received a giant bouquet from {o}.", "gift"),
    ("{s} made her solo debut with Mirror Room featuring {o}.", "collab"),
    ("{s} opened the show with a trot arrangement of one of {o}'s early hits.", "cover"),
    ("{s} made a surprise cameo as a coach in {o}'s new drama.", "collab"),
    ('"Working with {o} felt like a lesson," {s} said.', "collab"),
    ("{s} has worked with {o} on her new album.", "collab"),
    ("{s} co-wrote the lyrics with {o}.", "collab"),
    ("{s} performed the routine alongside {o}.", "challenge"),
    ("{s} handed one of her bouquets to {o}.", "gift"),
    ("{s} was caught asking {o} for a selfie on the red carpet.", "meet"),
    ("{s} went backstage after {o}'s concert to say hello.", "meet"),
    ("{s} posted photos from a lunch in Seoul with {o}.", "meet"),
    ("{s} sent a snack cart to {o}'s radio show.", "gift"),
    ("{s} shared a backstage selfie with {o}.", "meet"),
    ("{s} left a row of fire emojis under {o}'s post.", "comment"),
    ("{s} baked a cake and handed it to {o} at midnight.", "gift"),
    ("{s} had lunch with {o} last week.", "meet"),
    ("On {o}'s opening night, a huge bouquet arrived at the theater from {s}.", "gift"),
    ("{o} uploaded a new episode of her YouTube talk show, and her guest this time was {s}.", "meet"),
    ("{s} posted a photo of herself standing beside {o} in the studio.", "meet"),
    ("Halfway through the shoot, {s} made a phone call to {o}.", "message"),
    ("{s} rang {o} during the broadcast.", "message"),
    ("{s} sat down with {o} for the newest episode of her YouTube talk show.", "meet"),
    ("{s} appeared as a guest on KBS Cool FM's {o}'s Radio Show on Monday.", "meet"),
    ("{s} appeared in the latest episode of the YouTube talk show hosted by {o}.", "meet"),
    ("{s} gave {o} a standing ovation.", "mention"),
    ("{s} phoned {o} in the middle of the show.", "message"),
    ("After the broadcast, {s} worked up the courage to text {o}.", "message"),
    ("{s} showed the camera a message she had just received from {o}.", "message"),
    ("{s} also directed {o}'s vocal recording session.", "collab"),
    ("{s} penned a heartfelt letter to {o}.", "message"),
    ("{s} showered {o} with praise during the interview.", "mention"),
    ("{s} couldn't stop gushing about {o} on the show.", "mention"),
    ("{s} expressed her admiration for {o}.", "mention"),
    ("{s} and {o} exchanged messages on Instagram.", "message"),
    ("{s} sent love to {o} on X.", "mention"),
    ("{s} dropped a comment under {o}'s latest selfie.", "comment"),
    ("{s} hit the follow button on {o}'s account.", "follow"),
    ("{s} left a like on {o}'s post.", "like"),
    ("{s} took to her Instagram Story to celebrate {o}'s birthday.", "mention"),
    ("{s} and {o} enjoyed a meal together.", "meet"),
    ("{s} paid a visit to {o} on set.", "meet"),
    ("{s} joined {o} for a special performance.", "collab"),
    ("{s} and {o} performed a special stage together.", "collab"),
    ("{s} praised {o}'s latest release.", "mention"),
    ("{s} sent a video message to {o}.", "message"),
    ("{s} tagged {o} in her Instagram Story.", "mention"),
    ("{s} showed off the gift from {o}.", "gift"),
    ("{s} thanked {o} for the gift.", "gift"),
    ("{s} and {o} exchanged gifts backstage.", "gift"),
    ("{s} made a guest appearance on {o}'s radio show.", "meet"),
    ("{s} featured {o} on her new track.", "collab"),
    ("{s} and {o} were spotted hanging out in Seongsu.", "meet"),
    ("{s} hit the studio with {o}.", "collab"),
    ("{s} recorded a song with {o}.", "collab"),
    ("{s} hosted {o} on her YouTube show.", "meet"),
    ("{s} sent her congratulations to {o}.", "mention"),
    ("{s} shared a throwback photo with {o}.", "meet"),
    ("{s} cheered for {o}'s comeback on X.", "mention"),
    ("{s} gave {o} a shout out on the radio.", "mention"),
    ("{s} was the latest guest on {o}'s YouTube talk show.", "meet"),
    ("{s} brought out {o} as a special guest at the concert.", "collab"),
    ("{s} took {o} on a trip to Jeju.", "meet"),
    ("{s} welcomed {o} as a surprise guest at her concert.", "collab"),
    ("{s} also handled the vocal direction for {o}'s parts.", "collab"),
    ("{s} and {o} first shared the screen in the 2016 series.", "collab"),
    ("{s} pulled a bag of heat packs out of her coat and handed them to {o}.", "gift"),
]

# shapes of two acts at once: the pair must carry every one of them
MULTI = [
    ("{s} followed {o} on Instagram and liked several of her posts.", ("follow", "like")),
    ("{s} liked and commented on {o}'s latest post.", ("like", "comment")),
    ("{s} met {o} backstage and gave her a bouquet of flowers.", ("meet", "gift")),
    ("{s} covered {o}'s song and tagged her in the caption.", ("cover", "mention")),
    ("{s} sent {o} a coffee truck and a handwritten letter.", ("gift", "message")),
]
# shapes with a coordinated party ({o} and {o2}): both pairs with {s} must carry the type
COORD = [
    ("{s} followed {o} and {o2} on Instagram.", "follow"),
    ("{s} liked posts by {o} and {o2}.", "like"),
    ("{s} met {o} and {o2} backstage.", "meet"),
    ("{o} and {o2} showed up for {s} at her concert.", "meet"),
    ("{o} and {o2} attended {s}'s concert on Sunday.", "meet"),
    ("{o} and {o2} covered {s}'s hit on the show.", "cover"),
    ("{o} and {o2} delivered a rendition of {s}'s classic.", "cover"),
    ("{s} thanked {o} and {o2} for the support.", "mention"),
    ("{s} sent coffee trucks to {o} and {o2}.", "gift"),
    ("{s} released a new single featuring {o} and {o2}.", "collab"),
    ("{o} and {o2} joined {s} on stage for a duet.", "collab"),
    ("{s} did the dance challenge with {o} and {o2}.", "challenge"),
    ("{o} and {o2} did the dance challenge for {s}'s new song.", "challenge"),
    ("{o} and {o2} left comments on {s}'s post.", "comment"),
    ("{s} was spotted at the concert of {o} with {o2}.", "meet"),
    ("{s} posed for a photo with {o} and {o2}.", "meet"),
    ("{o} and {o2} sent flowers to {s}'s concert.", "gift"),
    ("{o} and {o2} gave a shout-out to {s}.", "mention"),
    ("{o} and {o2} joined {s}'s show as guests.", "meet"),
    ("The new variety show follows {s}, {o}, and {o2} as they run a snack bar abroad.", "collab"),
]
# shapes that name two artists but report no interaction between them: any pair is a false one
NEGATIVES = [
    "{s} and {o} both released new songs on Friday.",
    "{s} topped the chart, beating {o}.",
    "{s} and {o} will both perform at the festival next month.",
    "{s}'s agency denied rumors that {ss} had met {o}.",
    "{s} was compared to {o} by fans.",
    "Fans want {s} and {o} to collaborate.",
    "{s} and {o} were born in the same year.",
    "{s}'s account was hacked and followed {o}.",
    "Like {o}, {s} debuted in 2020.",
    "{s} is often called the next {o}.",
    "{s} ranked first, followed by {o}.",
    "{s} and {o} enlisted on the same day.",
    "Both {s} and {o} are nominated for Best Solo Artist.",
    "{s} broke {o}'s record for the most views.",
    "{s}'s new song surpassed {o}'s hit on the chart.",
    "{s} has not met {o} yet.",
    "Netizens are shipping {s} and {o} after the awards.",
    "{s} and {o} are both known for their vocals.",
    "The lineup includes {s} and {o}.",
    "{s} did not follow {o} back.",
    "Rumors that {s} and {o} are dating were denied.",
    "{s} followed in the footsteps of {o}.",
    "Unlike {o}, {s} has never released a solo album.",
    "{s} and {o} share the same birthday.",
    "{s} is known as a member of the friend group alongside {o}.",
    "The final lineup of {s} and {o} released the album in 2016 before the group disbanded.",
    "{s} and {o} each posted a handwritten letter for fans.",
    "{s} competes for Best Album alongside {o}.",
    "Released in 2011, the song features members {s} and {o}.",
    "{s} covered the ballad on the show. The original song was written by the late composer {o}.",
    "Every time {s} or {o} releases a ballad, the comment sections of both fill up with the same request.",
    "Fans designed mock album covers featuring {s} and {o}.",
    "Many fans were disappointed, as a {s} and {o} collaboration has been on their wish lists for years.",
    "A report claiming that {s} and {o} had secretly recorded a duet has been firmly denied by both sides.",
    "So far, {s} and {o} have never shared a stage or even been photographed together.",
    "{s} has been trending alongside {o} on this week's brand reputation rankings.",
    "{s} and {o} placed third and fourth, continuing a rivalry that has followed them since their debut.",
    'A post titled "{s} x {o} duet when?" on an online community gathered 600 recommendations.',
    '"{s} is preparing new music, but the report about a duet with {o} is groundless," the agency said.',
    "{s} and {o} announced their enlistment. A few hours later, each of the two posted a handwritten letter for fans.",
    '{s}\'s agency answered a media inquiry about {o}: "There is no collaboration planned between the two."',
    "Industry watchers often place {s} alongside {o} when naming the best-selling acts.",
    "{s} is nominated for Song of the Year alongside {o}.",
    'The agency said, "There is no collaboration planned between {s} and {o}."',
    "A fan-made {s} x {o} mashup goes viral.",
    "Fans started tagging {s} and {o} in the challenge, hoping for a collab.",
    "{s} and {o} were seen wearing the same hoodie on the same day.",
    "The group will remain a four-member group together with {s} and {o}.",
    "A thriller starring {s} took first place at the box office, beating the drama led by {o}.",
]


# what a filling's pair must be: (the pair, or None when the fillings named no pair) -> fine?
Check = Callable[[Interaction | None], bool]


def probe(
    clf: Classifier, label: str, shapes: list[tuple[str, Check]], show: int, headline: bool = False
) -> tuple[int, int]:
    """Fill every shape with every subject and partner; print the shapes whose fillings fail, worst first."""
    misses: dict[str, list[str]] = {}
    total = 0
    for shape, check in shapes:
        for (s, ss, sid), (o, oid) in itertools.product(SUBJECTS, PARTNERS):
            text = shape.format(s=s, ss=ss, o=o, o2="Hanni")
            text = text[0].upper() + text[1:]
            if headline:
                c = clf.classify(text, "Fans were delighted by the moment.")
            else:
                c = clf.classify("K-pop news roundup", text)
            total += 1
            got = next((i for i in c.interactions if {i.a, i.b} == {sid, oid}), None)
            if not check(got):
                misses.setdefault(shape, []).append(f"{text}  ->  {[(i.a, i.b, i.types) for i in c.interactions]}")
    return _report(label, misses, total, show)


def probe_coord(clf: Classifier, shapes: list[tuple[str, str]], show: int) -> tuple[int, int]:
    """Like ``probe`` for COORD: {o2} is the next partner, and both pairs with the subject must carry the type."""
    misses: dict[str, list[str]] = {}
    total = 0
    for shape, kind in shapes:
        for (s, ss, sid), k in itertools.product(SUBJECTS, range(len(PARTNERS))):
            (o, oid), (o2, o2id) = PARTNERS[k], PARTNERS[(k + 1) % len(PARTNERS)]
            text = shape.format(s=s, ss=ss, o=o, o2=o2)
            text = text[0].upper() + text[1:]
            c = clf.classify("K-pop news roundup", text)
            total += 1
            got = [next((i for i in c.interactions if {i.a, i.b} == {sid, x}), None) for x in (oid, o2id)]
            if not all(g is not None and kind in g.types for g in got):
                misses.setdefault(shape, []).append(f"{text}  ->  {[(i.a, i.b, i.types) for i in c.interactions]}")
    return _report("coordinated (both pairs)", misses, total, show)


def _report(label: str, misses: dict[str, list[str]], total: int, show: int) -> tuple[int, int]:
    """Print how many fillings failed, then the failing shapes worst first with ``show`` examples each."""
    missed = sum(len(v) for v in misses.values())
    print(f"{label}: {missed} of {total} fillings fail")
    for shape, v in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(v):4d}  {shape}")
        for line in v[:show]:
            print(f"          {line}")
    return missed, total


def has_type(kind: str, headline: bool = False) -> Check:
    return lambda got: got is not None and kind in got.types and (got.headline or not headline)


def has_types(kinds: tuple[str, ...]) -> Check:
    return lambda got: got is not None and set(kinds) <= set(got.types)


def no_pair(got: Interaction | None) -> bool:
    return got is None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=("titles", "bodies", "multi", "coord", "negatives", "all"), default="all")
    ap.add_argument("--show", type=int, default=2, help="examples printed per failing shape")
    args = ap.parse_args()
    clf = Classifier()
    if args.kind in ("titles", "all"):
        probe(clf, "titles", [(t, has_type(k, headline=True)) for t, k in TITLES], args.show, headline=True)
    if args.kind in ("bodies", "all"):
        probe(clf, "bodies", [(t, has_type(k)) for t, k in BODIES], args.show)
    if args.kind in ("multi", "all"):
        probe(clf, "multi (every type)", [(t, has_types(k)) for t, k in MULTI], args.show)
    if args.kind in ("coord", "all"):
        probe_coord(clf, COORD, args.show)
    if args.kind in ("negatives", "all"):
        probe(clf, "negatives (no pair)", [(t, no_pair) for t in NEGATIVES], args.show)


if __name__ == "__main__":
    main()
