namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// A fixed set of short news texts about nothing a tech newsletter covers (sport, weather, cooking, local
/// government, courts, health, the arts, travel, markets outside tech, ...). Each profile interest's background, the
/// cosine it typically has with text that is not about it, is its median similarity over these, computed once when
/// the scorer starts (<see cref="EditorialAnchors.Backgrounds"/>), so a deployment's own interests get their own
/// background without a constant taken from one feed. Held-out review 85, F2: every article, an election story too,
/// sat at cosine 0.08-0.15 to "AI & Machine Learning", and that noise earned +0.3-0.4 rank points.
/// `validate-profile` prints each interest's background from these beside its median over the labelled unrelated items.
/// </summary>
public static class NeutralReference
{
    public static readonly IReadOnlyList<string> Texts =
    [
        "City beat rivals 2-1 on Saturday. A late header from the captain settled a tense match in front of a full stadium, and the manager praised his defenders after the final whistle.",
        "Heavy rain and strong winds are expected across the region tomorrow. Forecasters have issued a flood warning for low-lying areas and advise drivers to avoid coastal roads.",
        "This slow-cooked lamb stew with rosemary, garlic and white beans takes three hours in the oven. Serve it with crusty bread and a green salad.",
        "The town council voted on Tuesday to repair the old bridge and extend the library's opening hours. Residents had complained about the closures for months.",
        "Voters go to the polls next week in a closely fought state election. The ruling party is campaigning on farm subsidies while the opposition promises lower fuel prices.",
        "A jury found the former mayor guilty of fraud on Thursday. The judge will hand down the sentence next month; his lawyers said they would appeal.",
        "Doctors recommend at least thirty minutes of walking a day. A new study of older adults links regular exercise with better sleep and fewer falls.",
        "The orchestra opens its season with Beethoven's Fifth Symphony and a new piece by a young local composer. Tickets are on sale at the box office.",
        "The island's beaches, fishing villages and mountain trails draw thousands of visitors every summer. Ferries leave the mainland twice a day.",
        "Wheat and soybean prices rose this week as dry weather hurt the harvest. Farmers say fertilizer costs have doubled since last year.",
        "The novel follows three sisters who return to their family's farm after their mother's death. Critics have praised its quiet, patient prose.",
        "Firefighters brought a blaze at a furniture warehouse under control early on Sunday. No one was hurt, but the building was badly damaged.",
        "The museum's new exhibition shows paintings and sculptures from the Renaissance, on loan from collections across Europe.",
        "The central bank held interest rates steady, citing easing inflation. Mortgage holders and savers will see little change this month.",
        "Police have closed the main road after a collision between a lorry and two cars. Drivers are asked to use the diversion through the village.",
        "The film, a family drama set in a small fishing town, won the festival's top prize. Its lead actress was named best performer.",
        "Schools will reopen on Monday after the holiday. Parents are reminded that the new bus timetable starts the same day.",
        "The prime minister met farmers' leaders to discuss the drought and promised emergency support for livestock feed.",
        "Gardeners should plant tulip and daffodil bulbs before the first frost, about ten centimetres deep in well-drained soil.",
        "The tennis champion withdrew from the tournament with a knee injury, ending her hopes of a third straight title.",
        "Hotel bookings and restaurant sales rose over the festival weekend, local traders said, as crowds filled the old town.",
        "The wedding took place in the village church, followed by a dinner and dancing in the community hall.",
        "A new hospital wing with forty beds and a maternity ward opened on Friday after two years of construction.",
        "Shares of the airline and the oil company fell after fuel prices rose; the stock index closed slightly lower.",
    ];
}
