"""Write mcq_breadth.jsonl: exam / quiz / certification-practice questions of wide topical breadth.

Biology (high-school and college biology, medical genetics, virology, microbiology), chemistry
(high-school and college chemistry: spectroscopy line counting, gases, thermodynamics, kinetics,
electrochemistry, crystal field, MO theory, buffers, organic mechanisms) and cybersecurity
(computer-security coursework and CISSP / Security+ / CEH-style certification questions) against a
larger `general` share written in the SAME exam formats on every other subject: physics, maths,
statistics, economics, law, history, geography, philosophy, psychology, accounting, marketing,
nutrition, clinical and nursing medicine, anatomy, astronomy, earth science, ordinary software,
networking, databases, operating systems and machine learning (hard negatives, some of them using
sciencey words such as "bond", "entropy", "viral" or "half-life" in non-domain ways).

Each row of a data block is one question, grouped under ``## subject`` headers and written as
``code|fields``: ``m|stem|correct|wrong|wrong|wrong`` (multiple choice; the correct option is
written first and shuffled at render time), ``tf|statement|T or F``, ``fb|sentence with ____|answer``,
``n|numeric problem|answer``, ``sa|stem|right;right|wrong;wrong`` (select all that apply) and
``o|open question``. Only the rendering is combinatorial: option labels (A. / (A) / A) / a. / one
line), headers ("Question 12", "Q:", a subject line, "The following are multiple choice questions
about X."), instructions and "Answer:" tails, few-shot prompts built from solved questions of the
same subject, and short problem sets. Passages, data tables and long (150+ word) questions are
hand-written records in LONG. Deterministic (SEED); dedupes against every other *.jsonl here.

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_mcq_breadth.py [--out PATH]
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus_io import Item, chunks, finish_batch, item, maybe_typo, output_path
from exam_format import FIELDS, ExamStyle, Layout, one_of, parse_rows, subject, upto

SEED = 20251221
TYPO_ODDS = 0.03
HERE = Path(__file__).resolve().parent
OUT = HERE / "mcq_breadth.jsonl"
B, C, S, G = "biology", "chemistry", "cybersecurity", "general"

# ---------------------------------------------------------------------------------------------
# biology
# ---------------------------------------------------------------------------------------------

BIO = r"""
## high school biology
m|In a grassland food web, hawks eat snakes, snakes eat mice, and mice eat grass seeds. Which organism occupies the third trophic level?|Snakes|Hawks|Mice|Grass
m|Approximately what percentage of the energy stored in one trophic level is passed on to the next?|About 10%|About 50%|About 90%|About 0.1%
m|A species whose removal causes a dramatic change in community structure, out of proportion to its abundance, is called a|keystone species|pioneer species|generalist species|invasive species
m|Which process in the nitrogen cycle returns nitrogen gas to the atmosphere?|Denitrification by soil bacteria|Nitrogen fixation by Rhizobium|Nitrification|Ammonification
m|Bare volcanic rock is colonised first by lichens, then mosses, grasses, shrubs and finally trees. This sequence is an example of|primary succession|secondary succession|eutrophication|coevolution
m|In a population in Hardy-Weinberg equilibrium, 16% of individuals show the recessive phenotype. What is the frequency of the dominant allele?|0.6|0.4|0.84|0.16
m|Which of the following is NOT one of the conditions required for Hardy-Weinberg equilibrium?|Strong natural selection favouring the dominant phenotype|A very large population|Random mating|No migration into or out of the population
m|Finches on an island chain diverge into many species with beaks suited to different foods. This is best described as|adaptive radiation|convergent evolution|genetic drift|artificial selection
m|The wings of a bat and the wings of a butterfly are|analogous structures|homologous structures|vestigial structures|identical structures
m|A river changes course and splits a beetle population into two groups that can no longer interbreed. Over many generations they become separate species. This is|allopatric speciation|sympatric speciation|a bottleneck effect|gene flow
m|A few individuals leave a large population and found a new colony whose allele frequencies differ from the source population purely by chance. This is called|the founder effect|gene flow|directional selection|mutation pressure
m|Which plant tissue transports water and dissolved minerals upward from the roots?|Xylem|Phloem|Cambium|Epidermis
m|Sugars made in the leaves are moved to roots and developing fruits mainly through|phloem sieve tubes|xylem vessels|stomata|root hairs
m|The main force that pulls water up the xylem of a tall tree is|transpiration pull from the leaves|active pumping by root cells|gravity|phloem pressure
m|Which plant hormone is a gas and promotes fruit ripening?|Ethylene|Auxin|Gibberellin|Cytokinin
m|A seedling on a windowsill bends toward the light because auxin accumulates on the|shaded side of the shoot, making those cells elongate more|lit side of the shoot, making those cells elongate more|root tip, making it grow downward|leaf surface, closing the stomata
m|Which hormone triggers stomatal closure when a plant is short of water?|Abscisic acid|Auxin|Gibberellin|Ethylene
m|A herring gull chick pecks at a red spot on its parent's beak, and will peck just as readily at a painted stick with a red spot. This behaviour is|a fixed action pattern triggered by a sign stimulus|classical conditioning|insight learning|habituation
m|Goslings follow the first moving object they see during a critical period after hatching. This is|imprinting|habituation|operant conditioning|a taxis
m|A snail stops withdrawing into its shell after being touched harmlessly many times. This is an example of|habituation|imprinting|sensitisation|trial-and-error learning
m|Honeybee foragers tell other workers the direction and distance of a food source by|performing a waggle dance|laying a scent trail on the ground|making alarm calls|flashing bioluminescent signals
m|When blood glucose rises after a meal, the pancreas releases|insulin, which promotes glucose uptake and glycogen synthesis|glucagon, which promotes glycogen breakdown|adrenaline, which raises heart rate|ADH, which increases water reabsorption
m|Sweating when body temperature rises above its set point is an example of|negative feedback|positive feedback|an action potential|acclimatisation
m|Which of the following is an example of positive feedback?|Oxytocin release intensifying uterine contractions during childbirth|Insulin release lowering blood glucose|Shivering when body temperature drops|ADH release when the blood becomes too concentrated
m|Which organelle is the site of protein synthesis?|Ribosome|Golgi apparatus|Lysosome|Smooth endoplasmic reticulum
m|Which organelle modifies, sorts and packages proteins for secretion?|Golgi apparatus|Ribosome|Nucleolus|Mitochondrion
m|Which structure is found in plant cells but not in animal cells?|A cellulose cell wall|A plasma membrane|Mitochondria|Ribosomes
m|Prokaryotic cells differ from eukaryotic cells in that prokaryotes lack|a membrane-bound nucleus|ribosomes|DNA|a plasma membrane
m|The light-dependent reactions of photosynthesis take place in the|thylakoid membranes|stroma|mitochondrial matrix|cytoplasm
m|The oxygen gas released during photosynthesis comes from|the splitting of water molecules|carbon dioxide|glucose|ribulose bisphosphate
m|Which enzyme fixes carbon dioxide in the Calvin cycle?|Rubisco|ATP synthase|DNA polymerase|Amylase
m|Where does glycolysis take place in a eukaryotic cell?|Cytoplasm|Mitochondrial matrix|Inner mitochondrial membrane|Nucleus
m|Which stage of aerobic respiration produces the most ATP per glucose?|Oxidative phosphorylation|Glycolysis|The Krebs cycle|Fermentation
m|Without oxygen, human muscle cells regenerate NAD+ by converting pyruvate into|lactate|ethanol and carbon dioxide|acetyl-CoA|citrate
m|During which phase of mitosis do sister chromatids separate and move to opposite poles?|Anaphase|Metaphase|Prophase|Telophase
m|A human cell (2n = 46) completes meiosis. How many chromosomes are in each gamete?|23|46|92|12
m|Crossing over between homologous chromosomes occurs during|prophase I of meiosis|anaphase II of meiosis|metaphase of mitosis|the S phase of interphase
m|What makes meiosis I a reduction division?|Homologous chromosomes are separated|Sister chromatids are separated|DNA is replicated|The nuclear envelope re-forms
m|DNA replication is described as semiconservative because|each new double helix contains one parental strand and one newly made strand|the two parental strands stay together and an entirely new helix forms|the new strands are made of RNA|only half of the genome is copied
m|Which enzyme joins Okazaki fragments on the lagging strand?|DNA ligase|Helicase|Primase|Topoisomerase
m|DNA polymerase can add nucleotides only to the|3' end of a growing strand|5' end of a growing strand|middle of an existing strand|phosphate backbone of the template
m|If one strand of DNA reads 5'-ATGCCA-3', its complementary strand written 5' to 3' is|5'-TGGCAT-3'|5'-TACGGT-3'|5'-ATGCCA-3'|5'-UGGCAU-3'
m|Which codon signals the start of translation in most organisms?|AUG|UAA|UGA|GGC
m|A point mutation changes a codon from UAC (tyrosine) to UAG. This is a|nonsense mutation|silent mutation|missense mutation|frameshift mutation
m|Deleting a single nucleotide near the start of a coding sequence usually causes a|frameshift|silent mutation|conservative substitution|gene duplication
m|Which molecule carries amino acids to the ribosome?|tRNA|mRNA|rRNA|snRNA
m|Restriction enzymes are used in genetic engineering to|cut DNA at specific recognition sequences|join DNA fragments together|copy DNA in a test tube|separate DNA fragments by size
m|In gel electrophoresis, DNA fragments move toward the positive electrode because|the phosphate groups give DNA a negative charge|DNA is positively charged|larger fragments are pulled faster|the gel repels the DNA
m|Which step of PCR allows the primers to bind to the single-stranded template?|Annealing at around 55-65 °C|Denaturation at around 95 °C|Extension at around 72 °C|Ligation at room temperature
m|A gene from a jellyfish is inserted into a plasmid that is then taken up by E. coli. The bacteria are now|transgenic|clones of the jellyfish|haploid|polyploid
m|A student wants to identify bacteria that took up a recombinant plasmid. The plasmid most usefully carries|an antibiotic-resistance marker gene|a centromere|a telomere|a nucleolus
m|A population grows rapidly at first and then levels off at the carrying capacity. This growth is best described as|logistic (S-shaped)|exponential (J-shaped)|linear|declining
m|The relationship between clownfish and sea anemones, in which both benefit, is|mutualism|commensalism|parasitism|predation
m|Barnacles living on a whale's skin, neither helping nor harming it, illustrate|commensalism|mutualism|parasitism|competition
m|Which biome has permafrost, low-growing vegetation and a very short growing season?|Tundra|Taiga|Temperate deciduous forest|Savanna
m|In pea plants, purple flowers (P) are dominant to white (p). A cross between two heterozygous plants gives which expected phenotypic ratio?|3 purple : 1 white|1 purple : 1 white|all purple|9 : 3 : 3 : 1
m|A dihybrid cross between two plants heterozygous for two unlinked genes gives which phenotypic ratio?|9 : 3 : 3 : 1|3 : 1|1 : 2 : 1|1 : 1 : 1 : 1
m|A test cross involves crossing an individual of unknown genotype with one that is|homozygous recessive|homozygous dominant|heterozygous|of a different species
m|Red snapdragons crossed with white snapdragons give all pink offspring. This is an example of|incomplete dominance|codominance|sex linkage|epistasis
m|Enzymes speed up biochemical reactions by|lowering the activation energy|raising the temperature of the cell|changing the equilibrium constant|being used up in the reaction
m|A competitive inhibitor works by|binding to the enzyme's active site|binding only to the product|denaturing the enzyme permanently|binding to the substrate
m|Which domain consists of prokaryotes with peptidoglycan in their cell walls?|Bacteria|Archaea|Eukarya|Fungi
m|Which lists taxonomic ranks from broadest to most specific?|Domain, kingdom, phylum, class, order, family, genus, species|Kingdom, domain, class, phylum, order, genus, family, species|Domain, phylum, kingdom, order, class, family, species, genus|Species, genus, family, order, class, phylum, kingdom, domain
m|In the nephron, most of the water and all of the glucose are reabsorbed in the|proximal convoluted tubule|glomerulus|collecting duct|Bowman's capsule
m|During an action potential, the rapid depolarisation of a neuron is caused by|an influx of Na+ ions|an efflux of K+ ions|an influx of Cl- ions|the Na+/K+ pump
m|Which flower structure produces pollen?|Anther|Stigma|Ovary|Style
m|Double fertilisation in flowering plants produces a diploid zygote and|a triploid endosperm|a diploid seed coat|a haploid embryo|two zygotes
m|In the life cycle of a moss, the multicellular haploid stage is called the|gametophyte|sporophyte|zygote|endosperm
m|Comparing the amino acid sequences of cytochrome c in different species is an example of which kind of evidence for evolution?|Molecular homology|The fossil record|Biogeography|Vestigial structures
m|Which of the following is a vestigial structure in humans?|The coccyx (tailbone)|The heart|The femur|The liver
m|The spread of dark-coloured peppered moths in sooty industrial areas is a classic example of|directional selection|stabilising selection|disruptive selection|genetic drift
m|Human babies of very low or very high birth weight have lower survival than those of average weight. This is|stabilising selection|directional selection|disruptive selection|sexual selection
m|The elaborate tail of the male peacock is best explained by|sexual selection|kin selection|artificial selection|genetic drift
m|Fertiliser runoff causes an algal bloom in a lake, and weeks later many fish die. The main reason the fish die is that|decomposers breaking down dead algae use up the dissolved oxygen|the fertiliser is directly toxic to fish|algae prey on the fish|the lake water freezes
m|Which process in the carbon cycle removes carbon dioxide from the atmosphere?|Photosynthesis|Cellular respiration|Burning fossil fuels|Decomposition
m|Stem cells differ from most specialised body cells because they|can divide and differentiate into several cell types|lack a nucleus|cannot divide|contain different DNA
m|CRISPR-Cas9 is used in biotechnology to|make targeted cuts in DNA at a site chosen by a guide RNA|amplify DNA without primers|sequence proteins|stain chromosomes for karyotyping
tf|Genetic drift changes allele frequencies more strongly in small populations than in large ones.|T
tf|Yeast carrying out alcoholic fermentation produce carbon dioxide as well as ethanol.|T
tf|Mitosis produces two daughter cells that are genetically identical to the parent cell.|T
tf|All mutations are harmful to the organism in which they occur.|F
tf|Decomposers return nutrients from dead organisms to the soil.|T
tf|Gymnosperms produce seeds enclosed within a fruit.|F
tf|Homologous chromosomes pair up during mitosis.|F
fb|The opening and closing of each stoma is controlled by a pair of ________ cells.|guard
fb|In eukaryotes, non-coding sequences called ________ are removed from pre-mRNA during splicing.|introns
fb|A cell engulfing a large particle by wrapping its membrane around it is carrying out ________.|phagocytosis
fb|The site of aerobic respiration in a eukaryotic cell is the ________.|mitochondrion
fb|The maximum population size an environment can sustain indefinitely is its ________ ________.|carrying capacity
n|In a population of 1,000 snails in Hardy-Weinberg equilibrium, 90 have the recessive banded shell. How many snails are expected to be heterozygous?|420
n|A quadrat survey finds a mean of 12 daisies per 1 m² quadrat in a 2,000 m² field. Estimate the daisy population of the field.|24,000
n|In a mark-recapture study, 40 fish are marked and released. Later 50 fish are caught, 10 of them marked. Estimate the population size.|200
n|A cross between Aa and aa parents produces 200 offspring. How many are expected to show the recessive phenotype?|100
sa|Which of the following are density-dependent limiting factors? Select all that apply.|Competition for food;Disease spreading through a crowded population|A severe winter storm;A wildfire;A volcanic eruption
sa|Which of these are abiotic factors in a pond ecosystem?|Water temperature;Dissolved oxygen;Sunlight|Algae;Frogs;Decomposing bacteria
o|Explain why food chains rarely have more than four or five trophic levels.
o|Describe how natural selection could lead to antibiotic resistance in a population of bacteria.
o|Compare the roles of the xylem and the phloem in a flowering plant.
o|Outline the differences between mitosis and meiosis.
o|Explain how the structure of a leaf is adapted for photosynthesis.

## college biology
m|Epinephrine binding to a G-protein-coupled receptor activates adenylyl cyclase, which produces the second messenger|cyclic AMP|IP3|diacylglycerol|cyclic GMP
m|Which statement best describes a receptor tyrosine kinase after its ligand binds?|The receptors dimerise and phosphorylate tyrosines on each other|The receptor opens an ion channel|The receptor enters the nucleus and binds DNA directly|The receptor hydrolyses GTP to GDP
m|Steroid hormones such as cortisol usually act by|crossing the plasma membrane and binding intracellular receptors that regulate transcription|binding G-protein-coupled receptors on the cell surface|opening ligand-gated sodium channels|being cleaved by membrane proteases
m|A mutation that prevents Ras from hydrolysing its bound GTP would most likely cause|constant signalling through the MAP kinase pathway|loss of receptor tyrosine kinase activity|faster degradation of cAMP|a permanent block of cell division
m|Which second messenger triggers release of Ca2+ from the endoplasmic reticulum?|IP3|cAMP|DAG|Nitric oxide
m|Per ATP hydrolysed, the Na+/K+-ATPase moves|3 Na+ out of the cell and 2 K+ in|2 Na+ out and 3 K+ in|3 Na+ in and 2 K+ out|Na+ and K+ in the same direction
m|Glucose enters intestinal epithelial cells together with Na+ through the SGLT1 transporter. This is|secondary active transport (symport)|simple diffusion|facilitated diffusion through an aquaporin|primary active transport
m|Which substance crosses a pure phospholipid bilayer most readily?|O2|Na+|Glucose|A small protein
m|A red blood cell placed in a hypotonic solution will|swell and may lyse|shrink and crenate|stay the same size|pump water out actively
m|In Drosophila, the anterior-posterior axis of the embryo is first set up by|bicoid mRNA deposited by the mother at the anterior pole|zygotic expression of Hox genes|segment polarity genes|apoptosis at the posterior end
m|A mutation in a Hox gene of a fruit fly can cause|legs to develop where antennae should be|a change in eye colour only|failure of DNA replication|loss of all maternal-effect genes
m|Gastrulation in vertebrates produces which three germ layers?|Ectoderm, mesoderm and endoderm|Epidermis, dermis and hypodermis|Blastocoel, archenteron and yolk|Trophoblast, inner cell mass and zona pellucida
m|The nervous system and the epidermis develop from which germ layer?|Ectoderm|Mesoderm|Endoderm|Trophoblast
m|In amphibian embryos, the Spemann organizer is located at the|dorsal lip of the blastopore|animal pole|ventral vegetal region|neural tube
m|Programmed cell death that removes the webbing between developing digits is called|apoptosis|necrosis|induction|gastrulation
m|Which cells secrete antibodies?|Plasma cells derived from B cells|Cytotoxic T cells|Natural killer cells|Macrophages
m|MHC class I molecules present peptides to|CD8+ cytotoxic T cells|CD4+ helper T cells|B cells|neutrophils
m|The huge diversity of antibody specificities arises mainly from|V(D)J recombination in developing lymphocytes|a separate inherited gene for every antibody|antigen entering the nucleus|mutations in red blood cells
m|Which antibody class is produced first in a primary immune response?|IgM|IgG|IgE|IgA
m|Which antibody class crosses the placenta?|IgG|IgM|IgA|IgE
m|Why is a secondary immune response faster and stronger than the primary response?|Memory B and T cells from the first exposure are rapidly reactivated|The antigen is weaker the second time|Complement only works the second time|Red blood cells remember the antigen
m|Which cytoskeletal element forms the mitotic spindle?|Microtubules|Actin filaments|Intermediate filaments|Collagen fibres
m|Which cell junctions form channels that let ions pass directly between adjacent animal cells?|Gap junctions|Tight junctions|Desmosomes|Adherens junctions
m|Proteins destined for secretion are made by ribosomes bound to the|rough endoplasmic reticulum|smooth endoplasmic reticulum|inner nuclear membrane|outer mitochondrial membrane
m|A protein with a hydrophobic N-terminal signal sequence is most likely to be|targeted to the endoplasmic reticulum|imported into the nucleus|kept in the cytosol|secreted without entering any organelle
m|Which checkpoint ensures that every chromosome is attached to the spindle before anaphase begins?|The spindle assembly checkpoint|The G1/S checkpoint|The G2/M DNA damage checkpoint|The restriction point
m|p53 is called a tumour suppressor because it|halts the cell cycle or triggers apoptosis when DNA is damaged|drives uncontrolled division|repairs the plasma membrane|lengthens telomeres
m|In the lac operon of E. coli, transcription is highest when|lactose is present and glucose is absent|glucose is present and lactose is absent|both sugars are present|neither sugar is present
m|Chemiosmosis in mitochondria couples electron transport to ATP synthesis through|a proton gradient across the inner membrane|a sodium gradient across the outer membrane|direct transfer of phosphate from NADH|GTP hydrolysis
tf|Innate immunity uses pattern recognition receptors, such as Toll-like receptors, that detect conserved microbial molecules.|T
tf|Active transport always uses a channel protein and never requires ATP or an ion gradient.|F
tf|Cholesterol helps to buffer the fluidity of animal cell membranes across temperature changes.|T
fb|The process by which one group of embryonic cells influences the developmental fate of another is called ________.|induction
n|A cell has 140 mM K+ inside and 5 mM outside. Using the Nernst equation at 37 °C (RT/F ≈ 26.7 mV), estimate the K+ equilibrium potential.|about -89 mV
o|Explain how a signal is amplified in a protein kinase cascade.
o|Distinguish between cell-mediated and humoral immunity.
o|Explain how morphogen gradients can specify different cell fates along an embryonic axis.
sa|Which of the following are second messengers? Select all that apply.|cAMP;IP3;Ca2+|Insulin;Acetylcholine;Haemoglobin

## medical genetics
m|A disorder affects males and females equally, appears in every generation, and each child of an affected parent has a 50% risk. The most likely mode of inheritance is|autosomal dominant|autosomal recessive|X-linked recessive|mitochondrial
m|Two unaffected parents have a child with cystic fibrosis. What is the chance that their next child will be affected?|1/4|1/2|2/3|0
m|Both parents are carriers of an autosomal recessive disorder. What is the probability that their unaffected child is a carrier?|2/3|1/2|1/4|3/4
m|A man with haemophilia A has children with a woman who is not a carrier. Which statement is correct?|All daughters will be carriers and no sons will be affected|All sons will be affected|Half of the daughters will be affected|Half of the sons will be carriers
m|Which pattern is most characteristic of mitochondrial inheritance?|Transmission from an affected mother to all of her children, never through fathers|Transmission from father to son only|Skipped generations with equal sex ratio and carrier fathers|Only males are ever affected
m|Trisomy 21 most commonly results from|nondisjunction during maternal meiosis|a balanced translocation carried by the father|uniparental disomy|a point mutation on chromosome 21
m|A 47,XXY karyotype corresponds to|Klinefelter syndrome|Turner syndrome|Down syndrome|Patau syndrome
m|Turner syndrome is associated with which karyotype?|45,X|47,XXY|47,XYY|47,XX,+13
m|Trisomy 18 is also known as|Edwards syndrome|Patau syndrome|Down syndrome|Cri-du-chat syndrome
m|Some women who carry a pathogenic BRCA1 variant never develop cancer. This illustrates|incomplete penetrance|anticipation|genomic imprinting|locus heterogeneity
m|Family members with the same mutation show very different severities of the same disorder. This is called|variable expressivity|incomplete penetrance|pleiotropy|heteroplasmy
m|Huntington disease tends to begin earlier in successive generations because the CAG repeat expands. This phenomenon is|anticipation|imprinting|penetrance|mosaicism
m|A deletion of 15q11-q13 causes Prader-Willi syndrome when it is on the chromosome inherited from the|father|mother|either parent, with equal effect|grandparent only
m|Genomic imprinting means that|whether a gene is expressed depends on which parent it was inherited from|a gene is expressed only in males|a gene is lost during meiosis|both alleles are always silenced
m|Two loci recombine in 8% of meioses. Their map distance is approximately|8 centimorgans|0.08 centimorgans|80 centimorgans|800 centimorgans
m|In a linkage study, a LOD score above 3 indicates|odds greater than 1,000 to 1 in favour of linkage|no linkage|that the loci are on different chromosomes|a recombination fraction of 3%
m|Marfan syndrome affects the skeleton, eyes and aorta through mutations in one gene, FBN1. This illustrates|pleiotropy|polygenic inheritance|epistasis|codominance
m|A person with blood group AB expresses both A and B antigens. This is an example of|codominance|incomplete dominance|epistasis|X-linked inheritance
m|Sickle cell disease is caused by|a single base substitution that replaces glutamic acid with valine in beta-globin|deletion of the whole beta-globin gene|a trinucleotide repeat expansion|an extra copy of chromosome 11
m|A Robertsonian translocation is|the fusion of two acrocentric chromosomes at or near their centromeres|a reciprocal exchange of segments between two chromosomes|an inversion that includes the centromere|the loss of an X chromosome
m|Fragile X syndrome is caused by expansion of which trinucleotide repeat in the FMR1 gene?|CGG|CAG|GAA|CTG
m|A woman with phenylketonuria (autosomal recessive) has children with a man who is a carrier. What proportion of their children are expected to be affected?|1/2|1/4|All of them|None
m|Which procedure provides fetal cells for karyotyping to detect trisomy 21 during the second trimester?|Amniocentesis|Newborn heel-prick screening|Sweat chloride testing|Hearing screening
m|Which term describes a cell population containing a mixture of normal and mutant mitochondrial DNA?|Heteroplasmy|Homoplasmy|Aneuploidy|Euploidy
tf|A father affected by an X-linked recessive disorder cannot pass it to his sons.|T
tf|Uniparental disomy means that both copies of a chromosome were inherited from the same parent.|T
tf|Autosomal recessive disorders typically appear in every generation of a pedigree.|F
fb|A change in the number of chromosomes that is not an exact multiple of the haploid set is called ________.|aneuploidy
n|Cystic fibrosis affects about 1 in 2,500 newborns in a population assumed to be in Hardy-Weinberg equilibrium. Estimate the carrier frequency.|about 1 in 25
o|Describe the features of a pedigree that suggest X-linked dominant inheritance.
o|Explain why consanguineous marriages increase the risk of autosomal recessive disease in offspring.

## virology
m|The protein subunits that assemble into a viral capsid are called|capsomeres|virions|prions|nucleoids
m|Which feature distinguishes enveloped viruses from naked (non-enveloped) viruses?|A lipid membrane derived from the host cell|A protein capsid|A nucleic acid genome|The ability to infect bacteria
m|Retroviruses such as HIV make DNA from their RNA genome using|reverse transcriptase|RNA-dependent RNA polymerase|DNA ligase|helicase
m|After reverse transcription, HIV proviral DNA is inserted into the host chromosome by|integrase|protease|reverse transcriptase|neuraminidase
m|The genome of a positive-sense single-stranded RNA virus|can be translated directly by host ribosomes|must first be copied into DNA|can only be replicated in the nucleus|integrates into host DNA without any enzyme
m|Negative-sense RNA viruses must carry which enzyme inside the virion?|RNA-dependent RNA polymerase|Reverse transcriptase|DNA polymerase|Integrase
m|In the lytic cycle of a bacteriophage, the final step is|lysis of the host cell, releasing new phages|integration of the phage genome into the bacterial chromosome|attachment to the cell wall|injection of the genome
m|A prophage is|a phage genome integrated into the bacterial chromosome|an immature capsid|a phage tail fibre|an antibody against a phage
m|Viral tropism refers to|the particular cell types or tissues a virus can infect|the speed of viral replication|the shape of the capsid|how long a virus survives on surfaces
m|Influenza haemagglutinin is needed for|binding sialic acid on host cells and membrane fusion|releasing new virions from the cell surface|reverse transcription|packaging the genome
m|Neuraminidase inhibitors act against influenza by|preventing the release of new virions from infected cells|blocking the virus from entering the nucleus|inhibiting reverse transcriptase|dissolving the capsid
m|Antigenic shift in influenza A results from|reassortment of genome segments between different strains|gradual point mutations in haemagglutinin|loss of the envelope|integration into host DNA
m|Antigenic drift is caused by|the gradual accumulation of point mutations in surface glycoproteins|reassortment of genome segments|recombination with host genes|a change in capsid symmetry
m|mRNA vaccines work by|delivering mRNA that host cells translate into a viral antigen the immune system learns to recognise|inserting viral genes into the host chromosome|delivering live attenuated virus|supplying ready-made antibodies
m|Which type of vaccine contains a weakened virus that can still replicate?|Live attenuated vaccine|Inactivated vaccine|Subunit vaccine|Toxoid vaccine
m|Why are subunit vaccines preferred over live attenuated vaccines for immunocompromised patients?|They contain no replicating pathogen|They always give stronger T cell responses|They never need boosters|They contain more antigen
m|HIV enters its target cells by binding CD4 and a co-receptor such as|CCR5 or CXCR4|ACE2|sialic acid|the transferrin receptor
m|The SARS-CoV-2 spike protein binds which host receptor?|ACE2|CD4|CCR5|the acetylcholine receptor
m|Hepatitis B virus is unusual among DNA viruses because it|replicates through an RNA intermediate using reverse transcriptase|has an RNA genome|lacks a capsid|infects only bacteria
m|An icosahedral capsid has how many triangular faces?|20|12|30|8
m|Interferons released by virus-infected cells|induce an antiviral state in neighbouring cells|directly destroy viral capsids|neutralise virions in the blood like antibodies|permanently block all host transcription
m|A plaque assay is used to|count infectious virus particles in a sample|measure antibody titres|sequence viral genomes|stain bacterial cell walls
m|Latency in herpesviruses means that the virus|persists in host cells without producing new virions and can later reactivate|is permanently destroyed by the immune system|replicates continuously at a high rate|exists only outside the host
tf|Viruses can replicate outside a host cell if supplied with enough nutrients.|F
tf|Bacteriophages infect bacteria, not eukaryotic cells.|T
tf|All viruses have a lipid envelope.|F
fb|A virus that infects bacteria is called a ________.|bacteriophage
fb|The Baltimore classification groups viruses by the type of genome they carry and how they make ________.|mRNA
o|Explain why RNA viruses generally mutate faster than DNA viruses.
o|Outline the stages of a typical animal virus replication cycle, from attachment to release.
sa|Which of the following are found in every virion? Select all that apply.|A nucleic acid genome;A protein capsid|A lipid envelope;Ribosomes;Reverse transcriptase

## microbiology
m|Gram-positive bacteria stain purple in the Gram stain because they have|a thick peptidoglycan layer|an outer membrane containing lipopolysaccharide|no cell wall|a waxy mycolic acid coat
m|Which structure allows some bacteria to survive boiling and drying for long periods?|Endospores|Pili|Plasmids|Ribosomes
m|Transfer of DNA from one bacterium to another through a pilus is called|conjugation|transformation|transduction|binary fission
m|Bacterial transduction is the transfer of DNA by|a bacteriophage|direct uptake from the environment|a sex pilus|spore formation
m|Penicillin kills susceptible bacteria by|inhibiting peptidoglycan cell wall synthesis|blocking 70S ribosomes|inhibiting DNA gyrase|dissolving the plasma membrane
m|A bacterium that can grow with or without oxygen is described as a|facultative anaerobe|obligate aerobe|obligate anaerobe|microaerophile
n|A bacterial culture starts with 500 cells and divides every 20 minutes. How many cells are present after 2 hours, assuming unlimited resources?|32,000
tf|Archaea have cell walls made of peptidoglycan.|F
"""

# ---------------------------------------------------------------------------------------------
# chemistry
# ---------------------------------------------------------------------------------------------

CHEM = r"""
## college chemistry
m|Predict the number of lines in the EPR spectrum of the methyl radical (12CH3•), assuming the lines do not overlap.|4|3|6|8
m|An unpaired electron couples to a single 14N nucleus (I = 1) and to nothing else. How many EPR lines are expected?|3|2|4|1
m|An unpaired electron couples to two equivalent 1H nuclei and one 14N nucleus. Assuming no overlap, how many EPR lines appear?|9|6|5|12
m|The hyperfine structure of an EPR spectrum arises from interaction of the unpaired electron with|magnetic nuclei nearby|the solvent's dielectric constant|other unpaired electrons only|the applied electric field
m|In the 1H NMR spectrum of ethanol (ignoring coupling to the OH proton), the CH3 signal appears as a|triplet|quartet|singlet|doublet
m|How many distinct 1H NMR signals does 2-methylpropane, (CH3)3CH, show?|2|1|3|4
m|How many signals appear in the proton-decoupled 13C NMR spectrum of 1,4-dimethylbenzene?|3|2|4|8
m|Which nucleus is NMR-inactive because its nuclear spin is zero?|12C|13C|1H|19F
m|The van der Waals constant a corrects the ideal gas equation for|attractive forces between molecules|the finite volume of molecules|the molar mass of the gas|the speed of the molecules
m|At very high pressures, the compression factor Z = PV/nRT of most real gases is|greater than 1, because molecular volume dominates|exactly 1|always less than 1|zero
m|Which gas behaves most ideally at room temperature and 1 atm?|Helium|Ammonia|Water vapour|Sulfur dioxide
m|For a process at constant temperature and pressure to be spontaneous,|ΔG must be negative|ΔG must be positive|ΔS must be negative|ΔH must be positive
m|A reaction has ΔH = +40 kJ/mol and ΔS = +100 J/(mol·K). Above what temperature is it spontaneous, assuming ΔH and ΔS are constant?|400 K|40 K|4 K|4000 K
m|Which process has a negative entropy change for the system?|Water vapour condensing to liquid|Ice melting|Dry ice subliming|A gas expanding into a vacuum
m|The standard Gibbs energy change and the equilibrium constant are related by|ΔG° = -RT ln K|ΔG° = RT ln K|ΔG° = -nFK|ΔG° = ΔH° + TΔS°
m|If ΔG° for a reaction is zero, the equilibrium constant is|1|0|infinite|-1
m|A reaction has the rate law rate = k[A]²[B]. Its overall order is|3|2|1|4
m|For a reaction that is second order in A, doubling [A] makes the rate|four times larger|twice as large|unchanged|half as large
m|The half-life of a first-order reaction|does not depend on the initial concentration|doubles when the initial concentration doubles|is inversely proportional to the initial concentration|depends on the square of the concentration
m|In an Arrhenius plot of ln k against 1/T, the slope equals|-Ea/R|Ea/R|-R/Ea|ln A
m|A catalyst increases a reaction rate by|providing an alternative pathway with a lower activation energy|making ΔH more negative|shifting the equilibrium toward products|raising the temperature of the mixture
m|In a galvanic cell, oxidation takes place at the|anode|cathode|salt bridge|voltmeter
m|For a one-electron half-reaction at 25 °C, E = E° - (0.0592 V) log Q. If Q = 100, then E equals|E° - 0.118 V|E° + 0.118 V|E° - 0.0592 V|E° - 5.92 V
m|How much charge is needed to deposit 1 mol of copper metal from a Cu2+ solution?|About 193,000 C|About 96,500 C|About 48,250 C|About 386,000 C
m|In an octahedral crystal field, the five d orbitals split into|a lower t2g set and a higher eg set|a lower eg set and a higher t2g set|five orbitals of equal energy|three sets of different energies
m|A d6 octahedral complex with the strong-field ligand CN- has how many unpaired electrons?|0|4|2|6
m|The high-spin complex [Fe(H2O)6]2+ has how many unpaired electrons?|4|0|2|6
m|Which ligand produces the largest crystal field splitting?|CN-|I-|Cl-|H2O
m|Tetrahedral complexes are almost always high spin because|the tetrahedral splitting is small, about 4/9 of the octahedral value|they have no d electrons|their ligands are always strong-field|the pairing energy is zero
m|Which set of quantum numbers (n, l, ml, ms) is NOT allowed?|(2, 2, 0, +1/2)|(2, 1, -1, -1/2)|(3, 0, 0, +1/2)|(4, 3, -2, -1/2)
m|How many orbitals are in a subshell with l = 2?|5|3|7|2
m|What is the maximum number of electrons in the n = 3 shell?|18|8|9|32
m|According to molecular orbital theory, the bond order of O2 is|2|1|3|2.5
m|Which diatomic species is paramagnetic according to molecular orbital theory?|O2|N2|F2|CO
m|What is the bond order of N2+?|2.5|3|2|3.5
m|Molecular orbital theory predicts a bond order of zero for|He2|H2|H2+|Li2
m|A buffer works best, with maximum buffer capacity, when|pH = pKa of the weak acid|pH = 7|the acid has been completely neutralised|only the conjugate base is present
m|Adding a little strong acid to an acetate buffer causes|acetate ions to be converted to acetic acid, so the pH changes only slightly|the pH to fall sharply|the acetic acid to ionise completely|no chemical reaction at all
m|The energy of one photon of 500 nm light is about|3.97 × 10^-19 J|3.97 × 10^-28 J|6.63 × 10^-34 J|1.99 × 10^-25 J
m|A strong infrared absorption near 1715 cm-1 most likely indicates|the C=O stretch of a ketone|the O-H stretch of an alcohol|an alkane C-H stretch|a C≡N stretch
m|For a particle in a one-dimensional box, the energy levels are proportional to|n²|n|1/n²|√n
m|The ground-state energy of the hydrogen atom is -13.6 eV. What is the energy of the n = 2 level?|-3.4 eV|-6.8 eV|-27.2 eV|-1.5 eV
m|What is the hybridisation of the carbon atom in CO2?|sp|sp2|sp3|sp3d
m|According to VSEPR theory, SF4 has which molecular shape?|Seesaw|Tetrahedral|Square planar|Trigonal pyramidal
m|What is the molecular geometry of XeF4?|Square planar|Tetrahedral|Octahedral|Seesaw
m|Which species is a Lewis acid but not a Brønsted-Lowry acid?|BF3|HCl|H2O|NH4+
m|The conjugate base of H2PO4- is|HPO4 2-|H3PO4|PO4 3-|H3O+
m|Which oxoacid of chlorine is the strongest?|HClO4|HClO|HClO2|HClO3
m|In an SN2 reaction, the nucleophile attacks|from the side opposite the leaving group, inverting the configuration|from the same side as the leaving group|a carbocation formed after the leaving group departs|only tertiary carbons
m|Which alkyl bromide reacts fastest by an SN1 mechanism?|2-bromo-2-methylpropane|bromomethane|bromoethane|1-bromopropane
m|Adding HBr to propene in the absence of peroxides gives mainly|2-bromopropane|1-bromopropane|1,2-dibromopropane|propane
m|Which reagent oxidises a primary alcohol all the way to a carboxylic acid?|Acidified potassium dichromate heated under reflux|Sodium borohydride|Lithium aluminium hydride|Hydrogen over platinum
m|For an E2 elimination, the hydrogen being removed and the leaving group should be|anti-periplanar|syn-periplanar only|on the same carbon|four bonds apart
m|A molecule with two different stereocentres and no internal symmetry has how many stereoisomers?|4|2|3|8
m|Which compound is aromatic according to Hückel's rule?|Benzene|Cyclooctatetraene|Cyclobutadiene|Cyclohexane
m|Electrophilic nitration of toluene gives mainly|ortho and para products|the meta product|only the ipso product|no reaction
m|The Diels-Alder reaction combines|a conjugated diene and a dienophile to form a six-membered ring|two alkynes to form benzene|an alcohol and a carboxylic acid to form an ester|an alkene and water
m|What is the electrophile in the nitration of benzene with a mixture of concentrated nitric and sulfuric acids?|NO2+|NO3-|HNO3|NO2-
m|The lattice energy of an ionic solid increases when|the ionic charges increase and the ions get smaller|the ions get larger|the ionic charges decrease|the solid is dissolved in water
m|How many atoms are in one face-centred cubic unit cell?|4|2|1|8
m|Colligative properties of a solution depend on|the number of solute particles|the chemical identity of the solute|the colour of the solution|the density of the solute
m|For N2(g) + 3H2(g) ⇌ 2NH3(g) with ΔH < 0, which change increases the equilibrium yield of ammonia?|Increasing the pressure|Increasing the temperature|Removing N2|Adding argon at constant volume
m|For 2SO2(g) + O2(g) ⇌ 2SO3(g), the value of Δn used in Kp = Kc(RT)^Δn is|-1|1|0|3
m|Which of the following is a state function?|Enthalpy|Work|Heat|The path taken
m|For the reversible isothermal expansion of an ideal gas, ΔU is|zero|positive|negative|equal to the work done on the gas
m|Hess's law follows from the fact that|enthalpy is a state function|mass is conserved|gases behave ideally|entropy always increases
m|The third law of thermodynamics states that|the entropy of a perfect crystal at absolute zero is zero|energy is conserved|the entropy of an isolated system never decreases|heat flows spontaneously from hot to cold
m|Which intermolecular force accounts for the fact that the boiling points of the noble gases increase down the group?|London dispersion forces|Hydrogen bonding|Ion-dipole forces|Covalent bonding
tf|Adding a catalyst changes the value of the equilibrium constant.|F
tf|The entropy of an isolated system can decrease during a spontaneous process.|F
tf|In an electrolytic cell, reduction takes place at the cathode.|T
tf|An sp2-hybridised carbon has trigonal planar geometry.|T
tf|Real gases deviate most from ideal behaviour at high temperature and low pressure.|F
fb|The energy required to remove an electron from a gaseous atom is its ________ energy.|ionisation
fb|In a Lewis structure, a pair of valence electrons not involved in bonding is called a ________ pair.|lone
n|What volume does 2.00 mol of an ideal gas occupy at 300 K and 1.00 atm? (R = 0.08206 L atm mol-1 K-1)|49.2 L
n|A first-order reaction has k = 0.0231 min-1. What is its half-life?|30.0 min
n|A rate constant doubles when the temperature rises from 300 K to 310 K. Estimate the activation energy.|about 53.6 kJ/mol
n|Calculate E°cell for a galvanic cell built from Zn2+/Zn (E° = -0.76 V) and Cu2+/Cu (E° = +0.34 V).|1.10 V
n|A current of 2.00 A passes through aqueous silver nitrate for 965 s. What mass of silver is deposited? (Ag = 107.9 g/mol, F = 96,500 C/mol)|2.16 g
n|What is the pH of a buffer containing 0.20 M acetic acid and 0.10 M sodium acetate? (pKa = 4.76)|4.46
n|What is the pH of a buffer that is 0.50 M in NH3 and 0.50 M in NH4Cl? (Kb = 1.8 × 10^-5)|9.26
n|What is the freezing point of a solution of 0.50 mol glucose in 1.00 kg of water? (Kf = 1.86 °C kg/mol)|-0.93 °C
n|Calculate the osmotic pressure of a 0.10 M sucrose solution at 298 K. (R = 0.0821 L atm mol-1 K-1)|2.45 atm
n|For H2(g) + I2(g) ⇌ 2HI(g), Kc = 50. At equilibrium [H2] = [I2] = 0.10 M. What is [HI]?|0.71 M
n|Using average bond enthalpies H-H 436, Cl-Cl 243 and H-Cl 432 kJ/mol, estimate ΔH for H2 + Cl2 → 2HCl.|-185 kJ
sa|Which of the following molecules are polar? Select all that apply.|H2O;NH3;CHCl3|CO2;CH4;BF3
sa|Which of the following are intensive properties? Select all that apply.|Temperature;Density;Molar entropy|Mass;Volume;Total enthalpy
o|Explain why the boiling points of the noble gases increase down the group.
o|Why does a catalyst not change the position of an equilibrium?
o|Use crystal field theory to explain why many transition-metal complexes are coloured.
o|Explain the difference between kinetic and thermodynamic control of a reaction.

## high school chemistry
m|When __Fe + __O2 → __Fe2O3 is balanced with the smallest whole numbers, the coefficient of O2 is|3|2|4|6
m|When C3H8 + O2 → CO2 + H2O is balanced, the coefficient of O2 is|5|3|4|10
m|How many moles of water are in 36 g of H2O?|2.0 mol|0.50 mol|1.0 mol|3.6 mol
m|How many molecules are in 0.50 mol of carbon dioxide?|3.01 × 10^23|6.02 × 10^23|1.20 × 10^24|1.51 × 10^23
m|Which element has the largest atomic radius?|Caesium|Sodium|Chlorine|Fluorine
m|Across a period from left to right, the first ionisation energy generally|increases|decreases|stays constant|first decreases and then becomes zero
m|Which element is the most electronegative?|Fluorine|Oxygen|Chlorine|Caesium
m|Elements in the same group of the periodic table have the same|number of valence electrons|atomic mass|number of neutrons|number of occupied shells
m|Which of these elements is a noble gas?|Argon|Nitrogen|Chlorine|Hydrogen
m|The bond in a Cl2 molecule is|nonpolar covalent|polar covalent|ionic|metallic
m|Which compound contains ionic bonding?|MgO|CH4|CO2|H2O
m|Which substance forms hydrogen bonds between its molecules?|NH3|CH4|H2S|CO2
m|Water has a much higher boiling point than hydrogen sulfide mainly because|water molecules form hydrogen bonds with each other|water has a larger molar mass|hydrogen sulfide is ionic|water molecules are nonpolar
m|Metals conduct electricity because they contain|delocalised electrons|mobile positive ions|covalent bonds|hydrogen bonds
m|According to the Brønsted-Lowry definition, an acid is a|proton donor|proton acceptor|electron-pair donor|hydroxide-ion donor
m|What is the pH of a 0.001 M HCl solution?|3|1|11|0.001
m|A solution with a pH of 9 is|basic|acidic|neutral|strongly acidic
m|An acid reacts with a metal hydroxide to form|a salt and water|a salt and hydrogen|water and carbon dioxide|a metal oxide and hydrogen
m|In the reaction Zn + Cu2+ → Zn2+ + Cu, which species is oxidised?|Zn|Cu2+|Zn2+|Cu
m|What is the oxidation number of manganese in KMnO4?|+7|+4|+2|+6
m|What is the oxidation state of sulfur in H2SO4?|+6|+4|-2|+2
m|A reducing agent|loses electrons and is itself oxidised|gains electrons and is itself reduced|is always a nonmetal|is never changed by the reaction
m|If the pressure on a gas is doubled at constant temperature, its volume|halves|doubles|stays the same|quadruples
m|At STP (0 °C and 1 atm), one mole of an ideal gas occupies approximately|22.4 L|1.0 L|24.5 mL|11.2 L
m|Which change increases the rate of reaction between marble and hydrochloric acid?|Using powdered marble instead of large chips|Using more dilute acid|Cooling the acid|Using larger marble chips
m|An atom of carbon with 6 protons and 8 neutrons has a mass number of|14|6|8|12
m|What is the ground-state electron configuration of sodium (Z = 11)?|1s2 2s2 2p6 3s1|1s2 2s2 2p7|1s2 2s2 2p6 3p1|1s2 2s2 3s2 3p5
m|Which of the following is a chemical change?|Iron rusting|Ice melting|Sugar dissolving in water|Paper being cut
m|The reaction 2H2O2 → 2H2O + O2 is a|decomposition reaction|synthesis reaction|single replacement reaction|neutralisation reaction
m|Mixing silver nitrate solution with sodium chloride solution produces a white precipitate of|silver chloride|sodium nitrate|silver nitrate|sodium chloride
m|An exothermic reaction|releases heat to the surroundings|absorbs heat from the surroundings|has a positive ΔH|cannot occur at room temperature
m|What is the correct formula of calcium phosphate?|Ca3(PO4)2|CaPO4|Ca2(PO4)3|Ca(PO4)2
m|What is the molar mass of H2SO4?|98 g/mol|96 g/mol|49 g/mol|100 g/mol
m|Which type of bond holds the atoms within a molecule of methane together?|Covalent bonds|Ionic bonds|Metallic bonds|Hydrogen bonds
m|Which gas is produced when magnesium reacts with dilute hydrochloric acid?|Hydrogen|Oxygen|Chlorine|Carbon dioxide
m|An indicator that is colourless in acid and pink in base is|phenolphthalein|methyl orange|litmus paper turning red|bromothymol blue
m|Which solution conducts electricity best?|1 M NaCl(aq)|1 M sugar solution|Pure water|Ethanol
m|Isotopes of an element differ in their number of|neutrons|protons|electrons in the neutral atom|chemical properties
m|Alkali metals react vigorously with water to produce|a metal hydroxide and hydrogen gas|a metal oxide and oxygen|an acid and hydrogen|a salt and carbon dioxide
m|Which statement about catalysts is correct?|A catalyst is not used up in the reaction|A catalyst increases the yield at equilibrium|A catalyst raises the activation energy|A catalyst is always a metal
m|Which hydrocarbon is an alkene?|C2H4|C2H6|C3H8|CH4
m|Which process separates a mixture of liquids with different boiling points?|Fractional distillation|Filtration|Chromatography on paper|Magnetic separation
tf|Isotopes of an element have the same number of protons but different numbers of neutrons.|T
tf|A Brønsted-Lowry base accepts a proton.|T
tf|Endothermic reactions have a negative ΔH.|F
tf|Ionisation energy decreases down a group because the outer electrons are farther from the nucleus and more shielded.|T
tf|Diluting a strong acid with water raises its pH.|T
tf|Noble gases readily form ionic compounds with sodium.|F
fb|The number of particles in one mole, 6.022 × 10^23, is called ________'s number.|Avogadro
fb|A solution that resists changes in pH when small amounts of acid or base are added is a ________.|buffer
fb|The minimum energy colliding particles need in order to react is the ________ energy.|activation
fb|The elements in Group 17 are called the ________.|halogens
fb|A reaction in which one reactant gains electrons is called ________.|reduction
n|What mass of NaCl is needed to make 250 mL of a 0.40 M solution? (NaCl = 58.5 g/mol)|5.85 g
n|How many grams of CO2 are produced when 16 g of methane burns completely in excess oxygen?|44 g
n|In N2 + 3H2 → 2NH3, 28 g of N2 reacts with 10 g of H2. Which reactant is limiting, and what mass of NH3 can form?|N2 is limiting; 34 g of NH3
n|What volume of 0.10 M NaOH exactly neutralises 25.0 mL of 0.20 M HCl?|50.0 mL
n|A balloon holds 2.0 L of gas at 300 K. What is its volume at 450 K if the pressure stays constant?|3.0 L
n|A gas at 1.0 atm and 27 °C is heated in a sealed rigid container to 127 °C. What is its new pressure?|1.33 atm
n|A compound is 40.0% carbon, 6.7% hydrogen and 53.3% oxygen by mass. Find its empirical formula.|CH2O
n|The theoretical yield of a reaction is 15.0 g, but only 12.0 g of product is collected. What is the percentage yield?|80.0%
n|How many moles of oxygen atoms are in 0.25 mol of Ca(NO3)2?|1.5 mol
sa|Which of the following are strong acids in water? Select all that apply.|HCl;HNO3;H2SO4|CH3COOH;HF;H2CO3
sa|Which changes would increase the rate of a typical reaction between a solid and a solution? Choose all that apply.|Raising the temperature;Adding a suitable catalyst;Grinding the solid into a powder|Diluting the solution;Cooling the mixture
o|Explain the difference between a strong acid and a concentrated acid.
o|Describe how you would prepare a standard solution of sodium carbonate in the laboratory.
o|Explain, using collision theory, why raising the temperature increases the rate of reaction.
o|Explain why ionic compounds conduct electricity when molten but not when solid.
"""

# ---------------------------------------------------------------------------------------------
# cybersecurity
# ---------------------------------------------------------------------------------------------

CYBER = r"""
## computer security
m|In a classic stack-based buffer overflow, the attacker usually aims to overwrite the|saved return address of the current function|program's source code on disk|kernel's page tables directly|compiler's symbol table
m|A stack canary is a value placed|between local buffers and the saved return address, checked before the function returns|at the end of the heap|in the instruction cache|inside the environment variables only
m|Which defence makes it hard for an attacker to predict where the stack, heap and libraries are located in memory?|ASLR|DEP/NX|Stack canaries|Bounds-checked string functions
m|Marking the stack non-executable (NX/DEP) is most commonly bypassed by|return-oriented programming that chains existing code snippets|placing shellcode on the stack|disabling the canary|using a longer NOP sled
m|A return-to-libc attack|redirects execution to existing library functions such as system()|requires an executable stack|only works against interpreted languages|injects new code into the kernel
m|Which vulnerability is present in the C statement printf(user_input);?|A format string vulnerability|An integer overflow|A race condition|SQL injection
m|In a format string attack, the %n conversion is dangerous because it|writes the number of characters printed so far to an address taken from the stack|prints a newline|reads a line from standard input|frees a heap block
m|A use-after-free bug occurs when a program|keeps using a pointer after the memory it points to has been released|never releases memory|reads one byte past the end of an array|locks the same mutex twice
m|An integer overflow can lead to a heap overflow when|a size calculation wraps around and too small a buffer is allocated|the program uses floating-point arithmetic|integers are stored big-endian|the compiler unrolls a loop
m|A TOCTOU (time-of-check to time-of-use) flaw is a kind of|race condition|format string bug|cross-site scripting|padding oracle
m|Which input is a classic first probe for SQL injection in a login form?|' OR '1'='1|<b>hello</b>|admin@example.com|12345
m|The most effective general defence against SQL injection is|parameterised queries (prepared statements)|client-side JavaScript validation|hiding database error messages|serving the site over HTTPS
m|Stored XSS differs from reflected XSS in that the malicious script|is saved on the server and served to every user who views the page|appears only in the URL of one crafted request|runs on the server instead of in browsers|requires physical access to the victim's computer
m|Which HTTP response header mitigates XSS by restricting the sources from which scripts may load?|Content-Security-Policy|Strict-Transport-Security|X-Forwarded-For|Cache-Control
m|CSRF attacks work because|browsers automatically attach a site's cookies to requests triggered by other sites|passwords are stored in plaintext|the server uses weak TLS ciphers|JavaScript can read any other site's DOM
m|Which is a standard defence against CSRF?|Unpredictable anti-CSRF tokens tied to the user's session|Limiting input length|Disabling HTTPS|Salting password hashes
m|Setting the SameSite attribute on session cookies mainly protects against|cross-site request forgery|SQL injection|stack overflows|offline password cracking
m|The HttpOnly flag on a cookie|prevents client-side scripts from reading it|forces it to be sent only over HTTPS|encrypts its value|deletes it when the browser closes
m|In a TLS 1.3 handshake, forward secrecy comes from|ephemeral (EC)DHE key exchange|RSA key transport|encrypting the session key with the certificate's long-term key|a pre-shared password typed by the user
m|When a certificate authority issues an X.509 certificate, it signs|the subject's identity together with the subject's public key|the subject's private key|the user's password hash|the TLS session key
m|A browser accepts a website's certificate because|it chains to a root CA certificate in the browser's trust store|the site listens on port 443|the certificate is self-signed|the certificate contains the server's private key
m|Which mechanisms let a client check whether a certificate has been revoked?|OCSP and certificate revocation lists|DNSSEC and ARP|SNMP traps|HTTP cookies
m|The security of Diffie-Hellman key exchange rests on the difficulty of|the discrete logarithm problem|factoring large integers|finding hash collisions|sorting large lists
m|Unauthenticated Diffie-Hellman is vulnerable to|a man-in-the-middle attack|a length-extension attack|brute force of the shared secret for 2048-bit groups|SQL injection
m|Why is ECB mode unsuitable for encrypting images or structured data?|Identical plaintext blocks produce identical ciphertext blocks|It needs a random IV|It is too slow|The ciphertext cannot be decrypted
m|The IV used with CBC mode should be|unpredictable and fresh for each message|the same for every message|secret and equal to the key|always zero
m|Which block cipher mode provides authenticated encryption (confidentiality plus integrity)?|GCM|ECB|CBC|CTR
m|Reusing a nonce with the same key in CTR mode is dangerous because|XORing the two ciphertexts cancels the keystream and leaks the XOR of the plaintexts|the ciphertext doubles in length|the key is written into the ciphertext|decryption becomes impossible
m|A message authentication code differs from a digital signature in that a MAC|uses a shared secret key and cannot provide non-repudiation|uses the sender's private key and provides non-repudiation|keeps the message confidential|cannot detect modification
m|HMAC is preferred over simply hashing the key concatenated with the message using SHA-256 because HMAC|is not vulnerable to length-extension attacks|is faster to compute|does not need a key|produces a longer tag
m|The property that it is computationally infeasible to find any two distinct inputs with the same hash is|collision resistance|preimage resistance|diffusion|non-repudiation
m|Why should each stored password hash use a unique random salt?|To defeat precomputed rainbow tables and make identical passwords hash differently|To make the hashes shorter|So that passwords can be decrypted later|So that no hash function is needed
m|Which is the most appropriate choice for storing user passwords?|Argon2id with a per-user salt|Unsalted SHA-256|MD5|CRC32
m|Key-stretching functions such as bcrypt and PBKDF2 slow attackers down by|making every password guess computationally expensive|encrypting the whole database|requiring two-factor authentication|hiding the salt from the server
m|In Kerberos, the ticket-granting ticket (TGT) is issued by the|authentication service of the KDC|file server the user wants to reach|client workstation|certificate authority
m|Kerberos requires reasonably synchronised clocks because|tickets and authenticators carry timestamps that limit replay|time is used as the encryption key|certificates expire every minute|it exchanges keys over NTP
m|In the Bell-LaPadula model, the simple security property ("no read up") protects|confidentiality|integrity|availability|accountability
m|The Biba model's "no write up" rule prevents|low-integrity subjects from modifying higher-integrity objects|subjects from reading classified data|denial-of-service attacks|users from logging in at night
m|Under discretionary access control (DAC),|the owner of a resource decides who may access it|a central authority assigns labels that users cannot change|access depends only on job role|access depends only on the time of day
m|Role-based access control assigns permissions to|roles, and users acquire permissions by being assigned to roles|files according to sensitivity labels|each user individually by the file owner|network segments
m|A military system that labels data Top Secret, Secret and Confidential and enforces clearances centrally uses|mandatory access control|discretionary access control|a simple packet filter|anonymous access
m|A timing attack against a naive password or MAC comparison exploits|the comparison returning early at the first mismatching byte|a weak random number generator|an unpatched buffer overflow|cookies without the Secure flag
m|Spectre and Meltdown are examples of|microarchitectural side-channel attacks that abuse speculative execution|SQL injection variants|phishing campaigns|self-propagating worms
m|Differential power analysis recovers secret keys by|measuring a device's power consumption while it performs cryptographic operations|guessing PINs|reading the firmware source code|sending malformed packets
m|Malware that encrypts a victim's files and demands payment for the key is called|ransomware|a rootkit|adware|a logic bomb
m|Which type of malware spreads across a network on its own, without user action?|A worm|A file-infecting virus|A Trojan horse|Spyware
m|A program that appears useful but secretly performs malicious actions is a|Trojan horse|worm|logic bomb|keylogger
m|Malware that hides its presence by subverting the operating system kernel is a|rootkit|macro virus|browser hijacker|adware bundle
m|Code hidden in a payroll system that deletes records if a particular employee is ever removed from the payroll is a|logic bomb|worm|botnet|polymorphic virus
m|Polymorphic malware evades signature-based antivirus by|changing its code or encryption with each new infection|uninstalling the antivirus|using only social engineering|running exclusively on Linux
m|A stateful firewall differs from a simple packet filter because it|tracks connection state and permits return traffic for established sessions|inspects only MAC addresses|cannot block inbound traffic|encrypts all traffic it forwards
m|A purely signature-based IDS is most likely to miss|a previously unseen zero-day attack|a well-known worm|a known port-scan pattern|an exploit with a published signature
m|An IPS differs from an IDS in that an IPS|sits inline and can block malicious traffic|only writes log entries|is always host-based|cannot inspect packets
m|A honeypot is deployed in order to|attract attackers so that their behaviour can be observed|encrypt traffic between branches|filter spam email|store off-site backups
m|In a screened-subnet (DMZ) design, public web servers are placed|in a separate segment between the internet and the internal network|on the internal LAN beside the database servers|outside every firewall|on employees' laptops
m|Kerckhoffs's principle states that a cryptosystem should remain secure even if|everything about it except the key is public|the key is public|the algorithm is kept secret|the attacker has unlimited computing power
m|RSA's security rests on the difficulty of|factoring the product of two large primes|computing discrete logarithms on elliptic curves|inverting a hash function|solving linear equations
m|Digital signatures provide|integrity, authentication and non-repudiation|confidentiality only|availability|anonymity
m|Which of these is an asymmetric (public-key) algorithm?|ECDSA|AES|ChaCha20|3DES
m|AES is a|symmetric block cipher with a 128-bit block size|stream cipher with a 64-bit block|hash function|public-key algorithm
m|The main purpose of a nonce in an authentication protocol is to|prevent replay of old messages|compress the message|store the password|choose the cipher suite
m|Logging in with a password plus a one-time code from an authenticator app combines which factors?|Something you know and something you have|Something you know and something you are|Two things you know|Something you are and somewhere you are
m|Which biometric error rate measures how often impostors are wrongly accepted?|False acceptance rate|False rejection rate|Failure-to-enrol rate|Throughput rate
m|A Sybil attack on a peer-to-peer network involves|one attacker creating many fake identities|flooding a server with SYN packets|poisoning an ARP cache|cracking a WPA2 handshake
m|ARP spoofing lets an attacker on a LAN|intercept traffic by associating their MAC address with another host's IP address|change records on an authoritative DNS server|break TLS encryption|gain kernel privileges remotely
m|A SYN flood exhausts server resources by|sending many SYN packets without completing the three-way handshake|sending oversized ICMP echo packets|guessing login passwords|injecting SQL into forms
m|SYN cookies defend against SYN floods by|encoding the connection state in the initial sequence number so no half-open state is stored|blocking all TCP traffic|requiring client certificates|lengthening the half-open timeout
m|DNS cache poisoning aims to|make a resolver return a forged IP address for a domain|delete a domain's registration|slow down DNS resolution|encrypt DNS queries
m|DNSSEC protects DNS responses by|digitally signing DNS records|encrypting every query|hiding the resolver's address|rate-limiting queries
m|Which principle says a user should be given only the permissions needed to do their job?|Least privilege|Defence in depth|Open design|Security through obscurity
m|Fuzzing is a testing technique that|feeds large numbers of malformed or random inputs to a program to trigger crashes|reviews source code by hand|encrypts test data|measures network latency
m|A padding oracle attack against CBC encryption works because the server|reveals whether decrypted ciphertext has valid padding|uses a 128-bit block size|compresses data before encryption|uses the same IV for every message
tf|Encrypting a message with the sender's private key provides confidentiality.|F
tf|ASLR is most effective when combined with non-executable memory.|T
tf|A salted hash makes it impossible to crack a weak password.|F
tf|HTTPS hides the destination IP address of the server from a network observer.|F
tf|A MAC can be verified by anyone who knows the sender's public key.|F
tf|A one-time pad is information-theoretically secure if the key is truly random, as long as the message, and never reused.|T
fb|An attack in which an adversary secretly relays and possibly alters messages between two parties is a ________ attack.|man-in-the-middle
fb|If compromise of a long-term key does not expose past session keys, the protocol provides forward ________.|secrecy
fb|A list attached to an object that specifies which subjects may perform which operations on it is an access control ________.|list
fb|In the CIA triad, protecting data from unauthorised modification is called ________.|integrity
n|In Diffie-Hellman with p = 23 and g = 5, Alice picks a = 6 and Bob picks b = 15. Compute the values they exchange and the shared secret.|A = 8, B = 19, shared secret = 2
n|In textbook RSA with p = 5, q = 11 and e = 3, compute n, φ(n) and the private exponent d.|n = 55, φ(n) = 40, d = 27
n|A password is 8 characters chosen uniformly from 62 alphanumeric symbols. If an attacker can test 10^10 guesses per second offline, roughly how long does an exhaustive search take?|about 6 hours (62^8 ≈ 2.18 × 10^14 guesses)
sa|Which of the following mitigate memory-corruption exploits? Select all that apply.|Stack canaries;ASLR;Non-executable memory pages|Longer passwords;Verbose error messages;Disabling logging
sa|Which properties does a digital signature provide? Select all that apply.|Integrity;Authentication of the signer;Non-repudiation|Confidentiality;Availability
sa|Which of the following are examples of social engineering? Select all that apply.|Phishing;Pretexting;Tailgating|Port scanning;Fuzzing;SQL injection
o|Explain why a one-time pad is perfectly secret and why it is rarely used in practice.
o|Describe how a stack canary detects a stack buffer overflow.
o|Compare symmetric and asymmetric encryption in terms of key management and performance.
o|Explain the difference between authentication and authorisation, with an example of each.
o|Why is "encrypt-then-MAC" generally preferred over "MAC-then-encrypt"?

## security certification
m|Which formula gives the annualised loss expectancy (ALE)?|ALE = SLE × ARO|ALE = AV × EF|ALE = SLE ÷ ARO|ALE = ARO × EF
m|Buying cyber insurance to cover the cost of a data breach is an example of|risk transfer|risk avoidance|risk acceptance|risk mitigation
m|Discontinuing a risky service entirely so that the risk no longer exists is|risk avoidance|risk transfer|risk acceptance|risk deterrence
m|Residual risk is the risk that|remains after security controls have been applied|exists before any controls are applied|has been transferred to an insurer|comes only from natural disasters
m|According to NIST SP 800-61, which is the FIRST phase of the incident response lifecycle?|Preparation|Containment|Eradication|Post-incident activity
m|Disconnecting an infected workstation from the network during an incident is part of|containment|recovery|preparation|lessons learned
m|The lessons-learned meeting after a security incident belongs to which phase?|Post-incident activity|Detection and analysis|Containment|Preparation
m|The target time within which a business process must be restored after a disruption is the|recovery time objective (RTO)|recovery point objective (RPO)|mean time between failures (MTBF)|annualised rate of occurrence (ARO)
m|A recovery point objective (RPO) of 4 hours means that|no more than 4 hours of data may be lost|systems must be restored within 4 hours|backups are retained for 4 hours|the recovery site is 4 hours away
m|Which alternate processing site has equipment and near-current data ready for almost immediate failover?|Hot site|Cold site|Warm site|Reciprocal agreement site
m|A business impact analysis (BIA) is mainly used to|identify critical business functions and the impact of their disruption|test firewall rules|train staff to spot phishing|choose an encryption algorithm
m|Which backup type copies all files changed since the last full backup, without clearing the archive bit?|Differential|Incremental|Full|Copy-on-write snapshot
m|Which document is a mandatory, high-level statement of management's security intent?|Policy|Guideline|Procedure|Baseline
m|Detailed step-by-step instructions for carrying out a security task are|procedures|policies|guidelines|frameworks
m|ISO/IEC 27001 specifies requirements for|an information security management system (ISMS)|protecting payment card data only|medical device safety|software licensing
m|PCI DSS applies to organisations that|store, process or transmit payment cardholder data|handle health records only|operate power plants|develop open-source software
m|Which US law protects the privacy and security of patients' health information?|HIPAA|SOX|GLBA|FERPA
m|Under the GDPR, the organisation that determines the purposes and means of processing personal data is the|data controller|data processor|data custodian|data subject
m|Who is ultimately responsible for assigning a classification level to a data set?|The data owner|The data custodian|The system administrator|The end user
m|A data custodian is responsible for|implementing the owner's protection requirements, such as backups and access controls|deciding the classification level|approving the security budget|auditing the data owner
m|In a typical government scheme, which classification is most sensitive?|Top Secret|Secret|Confidential|Unclassified
m|Requiring two different employees to approve and release a wire transfer enforces|separation of duties|least privilege|job rotation|need to know
m|Mandatory vacations help detect fraud because|another employee performs the duties and may notice irregularities|rested employees make fewer errors|they reduce payroll costs|audit logs are cleared during the vacation
m|A security guard stationed at a building entrance is which type of control?|Physical (deterrent and preventive)|Technical|Logical|Corrective
m|An access control vestibule (mantrap) is designed mainly to prevent|tailgating|shoulder surfing|vishing|brute-force attacks
m|Which fire suppression method is most appropriate for a server room?|A clean-agent gaseous system such as FM-200 or Novec 1230|Soda-acid extinguishers|Class A foam|A bucket of sand by the door
m|Bollards in front of a building entrance are mainly intended to|stop vehicles from ramming the building|detect motion|control humidity|prevent shoulder surfing
m|An attacker phones the help desk pretending to be a senior executive who urgently needs a password reset. This is|pretexting, a form of social engineering|a brute-force attack|ARP poisoning|a buffer overflow
m|A phishing campaign aimed specifically at a company's CEO is called|whaling|vishing|smishing|pharming
m|Phishing carried out through SMS text messages is called|smishing|vishing|whaling|spear phishing by email
m|An attacker leaves malware-laden USB drives in a company car park hoping employees will plug them in. This is|baiting|tailgating|whaling|war driving
m|Which wireless protocol uses Simultaneous Authentication of Equals (SAE) to resist offline dictionary attacks?|WPA3|WEP|WPA with TKIP|WPS
m|WEP is considered broken mainly because|its short IVs and RC4 key scheduling allow the key to be recovered from captured traffic|it uses AES|it requires a RADIUS server|it forces very long passwords
m|An attacker sets up a rogue access point with the same SSID as the corporate network to lure users. This is a(n)|evil twin attack|bluejacking attack|war chalking|jamming attack
m|IEEE 802.1X provides|port-based network access control, usually with a RADIUS server|wireless encryption only|VLAN tagging|routing between subnets
m|Which attack fills a switch's CAM table so that it floods frames out of all ports?|MAC flooding|VLAN hopping|DNS amplification|A Smurf attack
m|A Smurf attack sends|ICMP echo requests to a broadcast address with the victim's spoofed source IP|SYN packets to one port|malformed DNS queries|gratuitous ARP replies
m|Which type of penetration test gives the testers no prior knowledge of the target?|Black-box|White-box|Grey-box|Credentialed
m|Which reconnaissance activity is passive?|Searching WHOIS records and the company's public website|Running an Nmap SYN scan|Sending phishing emails|Exploiting an open port
m|An Nmap scan that sends SYN and answers a SYN/ACK with RST, never completing the handshake, is a|SYN (half-open) scan|TCP connect scan|Xmas scan|UDP scan
m|CVSS scores are used to|rate the severity of vulnerabilities|measure network throughput|calculate the ALE|classify documents
m|Which framework organises cybersecurity outcomes into the functions Identify, Protect, Detect, Respond and Recover?|NIST Cybersecurity Framework|ITIL|COBIT 5 process model|OWASP Top 10
m|MITRE ATT&CK is a knowledge base of|adversary tactics and techniques observed in real intrusions|cryptographic algorithms|privacy regulations|network protocols
m|A SOC 2 Type II report evaluates|the operating effectiveness of controls over a period of time|the design of controls at a single point in time only|a company's financial statements|physical hardware inventory
m|In digital forensics, the chain of custody|documents who handled evidence and when, so its integrity can be shown in court|encrypts the evidence|ensures only one person ever touches the evidence|deletes logs after analysis
m|According to the order of volatility, which should be collected first?|CPU registers and cache|Hard disk contents|Archived backup tapes|Printed reports
m|Investigators make a bit-for-bit image of a suspect drive and record its hash in order to|preserve and later prove the integrity of the evidence|encrypt the evidence|speed up the investigation|compress the data
m|A developer who can push their own code to production with no review violates|separation of duties|least functionality|fail-safe defaults|economy of mechanism
m|Restoring a server from a clean backup after a malware infection is which type of control?|Corrective|Detective|Deterrent|Preventive
m|Audit logs recording user activity are which type of control?|Detective|Preventive|Compensating|Deterrent
m|In the Common Criteria, the level of assurance to which a product has been evaluated is expressed as an|Evaluation Assurance Level (EAL)|Capability Maturity Level|Implementation Tier|CVSS base score
m|Due care means|acting as a prudent person would to protect the organisation's assets|researching risks before signing a contract|transferring all risk to an insurer|ignoring low-probability risks
m|In the IaaS cloud model, the customer is responsible for securing|the operating system, applications and data|only the data|nothing, because the provider secures everything|only the physical data centre
m|A tabletop exercise for an incident response plan involves|team members talking through their responses to a simulated scenario|shutting down production systems|a full failover to the hot site|hiring an external red team
m|Which access control model grants access based on attributes of the user, resource and environment, such as department and time of day?|ABAC|DAC|MAC|Lattice-based access control
m|A vulnerability scan differs from a penetration test in that a vulnerability scan|identifies potential weaknesses without attempting to exploit them|always exploits every finding|is performed only by hand|requires no scanning tools
m|Which risk analysis approach assigns dollar values to assets and expected losses?|Quantitative risk analysis|Qualitative risk analysis|Delphi technique|Brainstorming
tf|A warm site costs less than a hot site but takes longer to bring into operation.|T
tf|Risk acceptance is never a legitimate risk treatment option.|F
tf|In the NIST incident response lifecycle, eradication normally comes before containment.|F
tf|Dumpster diving can reveal information useful for social engineering.|T
tf|An incremental backup copies all files changed since the last backup of any type.|T
fb|The expected monetary loss from a single occurrence of a threat is the single loss ________.|expectancy
fb|A ________ site provides space and power but no equipment, and takes the longest to bring online.|cold
fb|The CIA triad consists of confidentiality, integrity and ________.|availability
n|A server valued at $50,000 has an exposure factor of 40% for flooding, and a flood is expected once every 10 years. Calculate the SLE and the ALE.|SLE = $20,000; ALE = $2,000
n|A laptop fleet worth $200,000 loses 5% of its value to theft each incident, and thefts occur twice a year. A $6,000-per-year tracking service would halve the ARO. What is the annual value of the safeguard?|$4,000 per year (ALE falls from $20,000 to $10,000, minus $6,000 cost)
sa|Which of the following are administrative controls? Select all that apply.|Security awareness training;Background checks;An acceptable use policy|Firewalls;Disk encryption;Door locks
sa|Which of the following are technical (logical) controls? Select all that apply.|Multi-factor authentication;Intrusion detection system;Access control lists on a router|Fences;Security guards;Hiring policies
o|Explain the difference between a business continuity plan and a disaster recovery plan.
o|What is the difference between quantitative and qualitative risk analysis?
o|Describe the phases of a typical penetration test engagement.

## network security
m|IPsec in tunnel mode|encrypts the entire original IP packet and adds a new outer IP header|encrypts only the payload and keeps the original header visible|works only with TCP|provides no integrity protection
m|Which IPsec protocol provides integrity and data-origin authentication but NOT confidentiality?|AH|ESP|IKE|L2TP
m|On a first connection, SSH protects against a man-in-the-middle mainly by|having the user verify the server's host-key fingerprint|using port 22|enforcing password complexity|using TCP sequence numbers
m|A split-tunnel VPN configuration means that|only traffic for the corporate network goes through the VPN while other traffic goes directly to the internet|two encryption algorithms are used at once|two users share one tunnel|the tunnel is split across two VPN servers
m|A DNS amplification attack works because|small spoofed queries trigger much larger responses that are sent to the victim|DNS servers store user passwords|DNS uses TCP exclusively|resolvers cache negative answers
m|Egress filtering at the network border helps prevent|internal hosts from sending packets with spoofed source addresses|inbound port scans|data classification errors|wireless jamming
m|Port knocking is a technique in which|a firewall port opens only after a particular sequence of connection attempts|an attacker scans every port on a host|a switch assigns ports to VLANs|a server floods ports to cause a denial of service
m|Which protocol replaced SSL as the standard for securing web traffic?|TLS|SSH|IPsec|PPTP
m|A network IDS on the internal LAN cannot inspect the payload of|end-to-end TLS sessions it does not decrypt|plaintext HTTP requests|DNS queries over UDP|Telnet sessions
m|Network segmentation with VLANs and internal firewalls mainly helps to|limit an attacker's lateral movement after an initial compromise|increase bandwidth|eliminate the need for patching|encrypt traffic automatically
tf|WPA2-Personal networks with weak passphrases are vulnerable to offline dictionary attacks on the captured four-way handshake.|T
fb|A ________ filter blocks outbound traffic whose source address does not belong to the internal network.|egress
o|Explain how a DNS amplification attack uses spoofing and why open resolvers make it worse.
"""

# ---------------------------------------------------------------------------------------------
# general: the same exam formats on every other subject (hard negatives)
# ---------------------------------------------------------------------------------------------

GEN_SCIENCE = r"""
## high school physics
m|A car accelerates uniformly from rest to 20 m/s in 5 s. What is its acceleration?|4 m/s²|100 m/s²|0.25 m/s²|20 m/s²
m|A ball is dropped from rest. Ignoring air resistance, how far does it fall in 3 s? (g = 9.8 m/s²)|44.1 m|29.4 m|14.7 m|88.2 m
m|Which of these quantities is a vector?|Displacement|Speed|Mass|Temperature
m|A 2 kg object moving at 3 m/s has a kinetic energy of|9 J|6 J|18 J|3 J
m|When you push on a wall, according to Newton's third law the wall|pushes back on you with an equal and opposite force|exerts no force on you|pushes back with a smaller force|pulls you toward it
m|The SI unit of power is the|watt|joule|newton|pascal
m|Resistors of 6 Ω and 3 Ω are connected in parallel. What is their equivalent resistance?|2 Ω|9 Ω|4.5 Ω|18 Ω
m|A wave's frequency doubles while its speed stays the same. Its wavelength|halves|doubles|stays the same|quadruples
m|In which medium does sound travel fastest?|Steel|Air|Water|A vacuum
m|Which property of light stays the same when it passes from air into glass?|Frequency|Speed|Wavelength|Direction of travel in all cases
m|What provides the centripetal force that keeps a satellite in circular orbit around Earth?|Gravity|Air resistance|The satellite's engines|Earth's magnetic field
m|The period of a simple pendulum with small swings depends on|its length and the gravitational field strength|the mass of the bob|the colour of the bob|the material of the string
m|An object floats in water when|its average density is less than that of water|its mass is less than 1 kg|it is made of metal|its volume is greater than 1 m³
m|In an isolated system, the total momentum|is conserved|always increases|always decreases|is converted into heat
m|A transformer steps 240 V down to 12 V. If the primary coil has 2,000 turns, the secondary has|100 turns|40,000 turns|200 turns|10 turns
m|The photoelectric effect showed that light|delivers energy in photons whose energy is proportional to frequency|is a longitudinal wave|travels faster in glass than in air|carries no momentum
m|The maximum possible efficiency of a heat engine working between 600 K and 300 K is|50%|100%|33%|67%
m|If the distance between two masses is tripled, the gravitational force between them becomes|one-ninth as large|one-third as large|three times as large|nine times as large
m|A positively charged rod is brought near a neutral metal sphere without touching it. The near side of the sphere becomes|negatively charged|positively charged|neutral|magnetised
m|Which colour of visible light has the shortest wavelength?|Violet|Red|Green|Yellow
m|A converging lens forms a real, inverted image when the object is|farther from the lens than the focal point|exactly at the optical centre|between the lens and the focal point|at any distance at all
m|What happens to the current in a circuit if the voltage is doubled and the resistance stays the same?|The current doubles|The current halves|The current is unchanged|The current quadruples
m|A skydiver reaches terminal velocity when|air resistance equals her weight|her weight becomes zero|her acceleration is 9.8 m/s²|air resistance exceeds her weight
m|The specific heat capacity of water is high, which means water|needs a lot of energy to change its temperature|heats up very quickly|boils at a low temperature|conducts heat poorly only
tf|Ignoring air resistance, a heavy ball and a light ball dropped from the same height land at the same time.|T
tf|An object moving at constant velocity has a net force of zero acting on it.|T
tf|Electric current is measured in volts.|F
fb|The rate of change of velocity is called ________.|acceleration
fb|The unit of electrical resistance is the ________.|ohm
n|A 12 V battery drives 0.5 A through a resistor. Find the resistance and the power dissipated.|24 Ω; 6 W
n|A 1,500 kg car travelling at 20 m/s brakes to a stop. How much kinetic energy is removed by the brakes?|300 kJ
n|A spring with k = 200 N/m is compressed by 0.10 m. How much elastic potential energy does it store?|1.0 J
n|A 60 kg student climbs 5.0 m of stairs in 6.0 s. What is her average power output? (g = 9.8 m/s²)|490 W
o|Explain why astronauts aboard the International Space Station appear weightless even though gravity acts on them.
o|Describe how a transformer changes the voltage of an alternating current.

## college physics
m|A particle moves in a circle of radius 2 m at constant speed 4 m/s. Its centripetal acceleration is|8 m/s²|2 m/s²|16 m/s²|0.5 m/s²
m|The moment of inertia of a solid disc of mass M and radius R about its central axis is|MR²/2|MR²|2MR²/5|MR²/12
m|Gauss's law relates the electric flux through a closed surface to|the charge enclosed by the surface|the current through the surface|the magnetic field outside|the surface area only
m|A charged particle moves parallel to a uniform magnetic field. The magnetic force on it is|zero|maximum|perpendicular to the field and nonzero|along the field
m|In special relativity, a clock moving relative to an observer is measured by that observer to|run slow|run fast|stop completely|run at the same rate
m|The de Broglie wavelength of a particle is inversely proportional to its|momentum|charge|temperature|spin
m|Lenz's law states that an induced current flows in a direction that|opposes the change in magnetic flux that produced it|reinforces the change in flux|is always clockwise|is parallel to the magnetic field
m|For a damped harmonic oscillator, critical damping means the system|returns to equilibrium as fast as possible without oscillating|oscillates forever|oscillates with growing amplitude|never returns to equilibrium
m|In a Young's double-slit experiment, increasing the slit separation makes the fringes|closer together|farther apart|brighter only|disappear
m|Kepler's third law states that the square of a planet's orbital period is proportional to|the cube of the semi-major axis of its orbit|its mass|the square of its radius|its orbital speed
m|Two identical capacitors of 4 μF are connected in series. The equivalent capacitance is|2 μF|8 μF|4 μF|16 μF
m|The escape speed from a planet does NOT depend on|the mass of the escaping object|the planet's mass|the planet's radius|the gravitational constant
tf|In an elastic collision, both momentum and kinetic energy are conserved.|T
tf|The speed of light in a vacuum depends on the motion of the source.|F
n|A 0.50 kg mass on a spring of constant 50 N/m oscillates. What is the period?|0.63 s
n|A proton is accelerated from rest through a potential difference of 1,000 V. What kinetic energy does it gain in electron-volts?|1,000 eV
o|Explain why the sky appears blue during the day and red at sunset.

## high school mathematics
m|What are the solutions of x² - 5x + 6 = 0?|2 and 3|-2 and -3|1 and 6|-1 and 6
m|What is the slope of the line through (1, 2) and (4, 11)?|3|9|1/3|4
m|If log₂ x = 5, then x equals|32|10|25|2.5
m|The sum of the interior angles of a hexagon is|720°|540°|360°|1080°
m|The area of a circle with diameter 10 cm is approximately|78.5 cm²|31.4 cm²|314 cm²|15.7 cm²
m|Which of the following numbers is irrational?|√2|0.75|22/7|√16
m|A shirt originally priced at $40 is discounted by 25%. What is the sale price?|$30|$35|$10|$15
m|What is the value of 3⁴?|81|12|64|27
m|Which expression is equivalent to (x + 3)²?|x² + 6x + 9|x² + 9|x² + 3x + 9|2x + 6
m|If f(x) = 2x + 1, what is f(f(2))?|11|5|9|7
m|A triangle has angles of 50° and 60°. What is the third angle?|70°|80°|90°|60°
m|The median of the numbers 3, 9, 4, 7, 5 is|5|7|4|5.6
m|Solve for x: 2(x - 3) = 10.|8|2|6.5|13
m|What is the hypotenuse of a right triangle with legs 6 and 8?|10|14|12|48
tf|Every square is a rectangle.|T
tf|The sum of two odd numbers is always odd.|F
fb|A triangle with sides 5, 12 and 13 is a ________ triangle.|right
fb|Two lines in a plane that never meet are called ________ lines.|parallel
n|Find the sum of the arithmetic series 3 + 7 + 11 + ... + 99.|1,275
n|Solve 3^(x+1) = 81.|x = 3
n|A geometric sequence has first term 5 and common ratio 2. What is its 8th term?|640
n|A cylinder has radius 3 cm and height 10 cm. Find its volume to the nearest cubic centimetre.|283 cm³

## college mathematics
m|What is the derivative of sin(x²)?|2x cos(x²)|cos(x²)|2x sin(x²)|-2x cos(x²)
m|The definite integral of 3x² from 0 to 1 equals|1|3|1/3|0
m|Which of the following series converges?|The sum of 1/n² for n ≥ 1|The sum of 1/n|The sum of n|The sum of 1/√n
m|The determinant of the matrix [[2, 1], [4, 3]] is|2|10|-2|6
m|A 2 × 2 matrix has eigenvalues 3 and 5. Its trace is|8|15|2|-2
m|In how many ways can 5 different books be arranged on a shelf?|120|25|60|5
m|How many subsets does a set with 6 elements have?|64|36|12|720
m|What is the remainder when 2^10 is divided by 7?|2|1|4|3
m|The greatest common divisor of 84 and 120 is|12|6|24|4
m|Which function is one-to-one on the whole real line?|f(x) = x³|f(x) = x²|f(x) = cos x|f(x) = x⁴
m|The limit of sin(x)/x as x approaches 0 is|1|0|infinity|undefined
m|In how many ways can a committee of 3 be chosen from 8 people?|56|336|24|512
m|The general solution of dy/dx = 3y is|y = Ce^(3x)|y = 3x + C|y = Ce^(x/3)|y = 3e^x + C
m|Every group of prime order 7 is|cyclic|non-abelian|isomorphic to S3|infinite
m|What is the rank of the 3 × 3 matrix with rows (1, 2, 3), (2, 4, 6) and (0, 1, 1)?|2|1|3|0
m|The Taylor series of e^x about 0 is|1 + x + x²/2! + x³/3! + ...|x - x³/3! + x⁵/5! - ...|1 - x²/2! + x⁴/4! - ...|1 + x + x² + x³ + ...
m|The set of integers under ordinary addition forms|a group|a field|a vector space over the reals|a set with no identity element
m|Which of the following is a necessary condition for a function to be differentiable at a point?|It is continuous at that point|It has a local maximum there|Its second derivative exists there|It is a polynomial
tf|Every continuous function on a closed interval [a, b] attains a maximum and a minimum there.|T
tf|Every continuous function is differentiable.|F
tf|The product of two invertible matrices is invertible.|T
n|Evaluate the integral of x·e^x dx from 0 to 1.|1
n|Find the eigenvalues of the matrix [[4, 1], [2, 3]].|2 and 5
o|Prove that the square root of 2 is irrational.
o|Explain the difference between a permutation and a combination, with an example of each.
o|State the mean value theorem and give a geometric interpretation.

## statistics
m|A data set has mean 50 and standard deviation 10. What is the z-score of the value 65?|1.5|15|0.15|6.5
m|About what percentage of values in a normal distribution lie within two standard deviations of the mean?|95%|68%|99.7%|50%
m|A test at significance level α = 0.05 gives p = 0.03. The correct conclusion is to|reject the null hypothesis|accept that the null hypothesis is proven true|conclude the alternative has a 3% chance of being true|increase α to 0.10
m|A Type I error occurs when a researcher|rejects a null hypothesis that is actually true|fails to reject a false null hypothesis|uses a biased sample|reports a p-value exactly equal to α
m|Increasing the sample size while everything else stays the same will|make the confidence interval narrower|make the confidence interval wider|leave the confidence interval unchanged|increase the sample mean
m|Which measure of centre is least affected by extreme outliers?|Median|Mean|Midrange|Maximum
m|A correlation coefficient of r = -0.9 indicates|a strong negative linear relationship|a weak negative relationship|no relationship|that one variable causes the other to fall
m|A researcher splits a population into subgroups by region and randomly samples within each. This is|stratified sampling|cluster sampling|convenience sampling|systematic sampling
m|In a simple linear regression, R² = 0.64 means that|64% of the variation in y is explained by the model|the correlation is 0.64|64% of the predictions are exactly correct|the slope is 0.64
m|A fair coin is tossed three times. What is the probability of exactly two heads?|3/8|1/4|1/2|3/4
m|Events A and B are independent with P(A) = 0.3 and P(B) = 0.5. What is P(A and B)?|0.15|0.8|0.2|0.65
m|What is the expected value of one roll of a fair six-sided die?|3.5|3|4|6
m|Which test compares the means of three or more independent groups?|One-way ANOVA|Paired t-test|Chi-square goodness-of-fit test|Simple linear regression
m|A chi-square test of independence is used to|check whether two categorical variables are associated|compare two population means|estimate a regression slope|test a single proportion against 0.5
m|A sample of 100 observations has standard deviation 20. The standard error of the mean is|2|0.2|20|200
m|A distribution with a long tail to the right is|positively skewed|negatively skewed|symmetric|uniform
m|The probability of rejecting a false null hypothesis is called|power|the significance level|the p-value|the confidence level
m|In a box plot, the box spans|the first to the third quartile|the minimum to the maximum|the mean plus or minus one standard deviation|the 5th to the 95th percentile
m|A survey asks only people who visit a gym whether exercise is important. The main problem is|selection bias|a small margin of error|too much randomisation|non-normal data
tf|A strong correlation between two variables proves that one causes the other.|F
tf|The median of a data set always equals its mean.|F
tf|For a fixed sample size, lowering α increases the probability of a Type II error.|T
fb|The middle value of an ordered data set is the ________.|median
n|Test scores were 62, 70, 75, 75, 81, 88 and 95. Find the median and the mode.|median 75; mode 75
n|A condition affects 1% of a population. A screening test has 95% sensitivity and 90% specificity. What is the probability that a person who tests positive has the condition?|about 8.8%
n|The heights of adult women are approximately normal with mean 165 cm and SD 6 cm. What percentage are taller than 177 cm?|about 2.3% (z = 2)
sa|Which of the following are measures of spread? Select all that apply.|Standard deviation;Interquartile range;Variance|Median;Mode;Mean
o|Explain the difference between a confidence interval and a prediction interval.
o|Describe the difference between an observational study and a randomised experiment.

## astronomy
m|Which planet has the shortest orbital period?|Mercury|Venus|Mars|Neptune
m|A light-year is a unit of|distance|time|brightness|mass
m|The Sun generates its energy mainly by|nuclear fusion of hydrogen into helium in its core|nuclear fission of uranium|burning gases like a fire|slow gravitational contraction alone
m|A star's colour is mainly an indicator of its|surface temperature|distance from Earth|age alone|exact mass
m|Which kind of galaxy has a central bulge and arms winding outward in a disc?|Spiral|Elliptical|Irregular|Dwarf spheroidal
m|A lunar eclipse occurs when|Earth lies between the Sun and the Moon|the Moon lies between the Sun and Earth|the Moon is at first quarter|the Sun lies between Earth and the Moon
m|Hubble found that more distant galaxies have larger redshifts. This supports|the expansion of the universe|a static universe|the geocentric model|the idea that galaxies are all the same age
m|We always see the same face of the Moon because|the Moon's rotation period equals its orbital period|the Moon does not rotate|Earth's shadow hides the far side|the far side is permanently dark
m|A neutron star is|the collapsed core left after a massive star explodes as a supernova|a white dwarf that has cooled|a planet that lost its atmosphere|two comets that merged
m|Earth's seasons are caused mainly by|the tilt of Earth's rotation axis|changes in Earth's distance from the Sun|sunspot cycles|the Moon's gravity
m|Which planet has a prominent ring system and a mean density lower than water?|Saturn|Mars|Venus|Mercury
m|The Hertzsprung-Russell diagram plots stellar luminosity against|surface temperature|distance|age|rotation speed
m|The Sun will end its life as a|white dwarf|black hole|neutron star|supernova remnant with a pulsar
m|Which object in the solar system contains more than 99% of its mass?|The Sun|Jupiter|The asteroid belt|Earth and the Moon combined
m|Why does Venus have the hottest surface of any planet?|Its thick CO2 atmosphere produces a runaway greenhouse effect|It is the closest planet to the Sun|It has active nuclear reactions in its core|It rotates very quickly
tf|The Moon produces its own visible light.|F
tf|Stars of greater mass generally live shorter lives than stars of lower mass.|T
fb|The point in an orbit where a planet is closest to the Sun is called ________.|perihelion
n|A star has a parallax of 0.1 arcseconds. What is its distance in parsecs?|10 pc
o|Explain why the Moon shows phases.
o|Why do astronomers use telescopes in space rather than on the ground for X-ray observations?

## earth science
m|The boundary along the Mid-Atlantic Ridge, where plates move apart, is|divergent|convergent|transform|a subduction zone
m|Which type of rock forms when magma or lava cools and solidifies?|Igneous|Sedimentary|Metamorphic|Evaporite
m|The San Andreas Fault is an example of a|transform boundary|divergent boundary|convergent boundary|hotspot
m|Which layer of Earth is liquid?|The outer core|The inner core|The lower mantle|The continental crust
m|The moment magnitude scale measures|the energy released by an earthquake|the damage caused in a city|the depth of the focus|the number of aftershocks
m|Which layer of the atmosphere contains most of the ozone layer?|Stratosphere|Troposphere|Mesosphere|Thermosphere
m|Which mineral is the hardest on the Mohs scale?|Diamond|Quartz|Topaz|Talc
m|The passage of a cold front typically brings|a sharp temperature drop and brief heavy showers or thunderstorms|days of steady drizzle|clear skies and rising temperatures|dense fog only
m|In the water cycle, water vapour turning into liquid droplets is called|condensation|evaporation|transpiration|infiltration
m|What most directly causes wind?|Differences in air pressure|Earth's magnetic field|Ocean salinity|The Moon's gravity
m|A relative humidity of 100% means the air|is saturated with water vapour|consists entirely of water|is raining heavily|contains no water vapour
m|The principle of superposition states that in undisturbed sedimentary layers|the oldest layers are at the bottom|the youngest layers are at the bottom|all layers are the same age|fossils appear only at the top
m|Tsunamis are most often caused by|undersea earthquakes that displace the seafloor|strong onshore winds|unusually high tides|calving icebergs
m|Which of the following is a renewable energy resource?|Geothermal heat|Coal|Natural gas|Oil shale
m|Sedimentary rocks such as sandstone form mainly through|compaction and cementation of sediments|cooling of lava|melting of existing rock|intense heat and pressure without melting
m|El Niño events are associated with|unusually warm surface water in the eastern tropical Pacific|a strengthening of the trade winds that cools the Pacific|increased Atlantic hurricane formation every time|a change in Earth's axial tilt
tf|Weathering breaks rocks down where they are, whereas erosion carries the fragments away.|T
tf|Hurricanes form over cold ocean water.|F
fb|The supercontinent that existed roughly 300 to 200 million years ago is called ________.|Pangaea
fb|The boundary between Earth's crust and mantle is known as the ________ discontinuity.|Mohorovičić (Moho)
n|A seismic P-wave travels at 6 km/s. How long does it take to reach a station 300 km from the focus?|50 s
o|Describe how a glacier shapes a river valley into a U-shaped valley.
o|Explain how the greenhouse effect keeps Earth's surface warmer than it would otherwise be.

## nutrition
m|Which vitamin is synthesised in the skin on exposure to sunlight?|Vitamin D|Vitamin C|Vitamin B12|Vitamin K
m|One gram of dietary fat provides approximately|9 kcal|4 kcal|7 kcal|12 kcal
m|Scurvy results from a deficiency of|vitamin C|vitamin A|iron|vitamin D
m|Which food is the richest source of dietary fibre?|Lentils|White rice|Chicken breast|Cheddar cheese
m|Iron from plant foods is absorbed better when eaten with|foods rich in vitamin C|tea or coffee|calcium supplements|large amounts of bran
m|Most dietary guidelines recommend that adults keep sodium intake below about|2,300 mg per day|230 mg per day|23,000 mg per day|10,000 mg per day
m|A "complete" protein is one that|contains all nine essential amino acids in adequate amounts|contains no fat|provides exactly 20 g of protein per serving|is found only in plant foods
m|Folic acid supplementation before conception and in early pregnancy reduces the risk of|neural tube defects|scurvy|rickets|iron overload
m|The glycaemic index of a food describes|how quickly it raises blood glucose compared with a reference food|its vitamin content|its protein quality|its fat content
m|Which mineral is most important for building and maintaining bone?|Calcium|Sodium|Potassium|Zinc
m|Which dietary pattern is associated with a lower risk of cardiovascular disease?|A Mediterranean-style diet rich in vegetables, legumes, fish and olive oil|A diet high in processed meat and sugary drinks|A very high-salt diet|Skipping all meals except dinner
m|An athlete exercising for over 90 minutes benefits most from consuming|carbohydrate during the activity|only plain protein powder|a high-fat meal just before starting|no fluids at all
m|Which is the best first-line dietary advice for an adult with constipation?|Gradually increase fibre and fluid intake|Eliminate all fruit|Drink less water|Eat only refined grains
tf|Vitamin C is a fat-soluble vitamin.|F
tf|Water-soluble vitamins are generally not stored in large amounts in the body.|T
fb|A deficiency of ________ in the diet is a common cause of goitre.|iodine
n|A snack contains 10 g of carbohydrate, 5 g of protein and 8 g of fat. Estimate its energy content in kcal.|132 kcal
n|An adult needs about 2,000 kcal per day. If 30% should come from fat, how many grams of fat is that?|about 67 g
sa|Which of the following are fat-soluble vitamins? Select all that apply.|Vitamin A;Vitamin D;Vitamin E;Vitamin K|Vitamin C;Vitamin B6;Folate
o|A client asks whether she should take a daily multivitamin. What information would a dietitian gather before advising her?

## clinical medicine
m|A nurse is about to give digoxin. Which assessment is most important beforehand?|Apical pulse counted for one full minute|Blood glucose|Pupil size|Bowel sounds
m|Which finding is a typical early sign of hypovolaemic shock?|Tachycardia|Bradycardia|Hypertension|Warm, flushed skin
m|A patient with suspected acute stroke should first undergo|a non-contrast CT scan of the head|thrombolysis without imaging|a lumbar puncture|an exercise stress test
m|The normal resting respiratory rate for an adult is about|12-20 breaths per minute|4-8 breaths per minute|25-35 breaths per minute|40-60 breaths per minute
m|A conscious patient in respiratory distress should usually be positioned|sitting upright (high Fowler's)|prone|in Trendelenburg|supine and flat
m|Which laboratory value must be monitored for a patient taking warfarin?|INR|Serum amylase|HbA1c|Creatine kinase
m|You find an adult who is unresponsive and not breathing normally. After calling for help, you should|start chest compressions|give water by mouth|check blood glucose first|wait for the patient to wake up
m|For adult CPR, chest compressions should be delivered at a rate of|100-120 per minute|60-80 per minute|30 per minute|150-180 per minute
m|Which set of symptoms is most typical of hypoglycaemia?|Sweating, tremor and confusion|Fruity breath and deep rapid breathing|Weeks of increased thirst and urination|Slow pulse with dry, warm skin
m|The "rights" of medication administration include the right patient, drug, dose, route and|time|price|manufacturer|pharmacy
m|Repeated blood pressure readings of 150/95 mmHg in an adult indicate|hypertension|normal blood pressure|hypotension|optimal blood pressure
m|An adult with a BMI of 31 kg/m² is classified as|obese|underweight|normal weight|overweight but not obese
m|The Glasgow Coma Scale assesses|eye opening, verbal response and motor response|blood pressure, pulse and temperature|pain intensity|muscle strength only
m|A patient receiving furosemide should be monitored closely for|hypokalaemia|hyperkalaemia|hypercalcaemia|polycythaemia
m|Which result is diagnostic of diabetes mellitus?|An HbA1c of 6.5% or higher|A serum sodium of 140 mmol/L|A haemoglobin of 14 g/dL|A platelet count of 250 × 10^9/L
m|Pressure injuries in immobile patients are best prevented by|repositioning the patient regularly and relieving pressure over bony areas|keeping the patient in one position|vigorous massage of reddened areas|restricting fluids
m|A patient reports crushing chest pain radiating to the left arm. The nurse's priority is to|obtain a 12-lead ECG and notify the provider immediately|encourage the patient to walk around|offer a heavy meal|schedule a routine follow-up
m|Which action is the single most effective way to prevent healthcare-associated infections?|Hand hygiene|Wearing a lab coat|Daily antibiotic prophylaxis for all patients|Keeping windows closed
m|A child with a barking cough and inspiratory stridor most likely has|croup|asthma|otitis media|appendicitis
m|Which medication is first-line treatment for anaphylaxis?|Intramuscular adrenaline (epinephrine)|Oral antihistamine only|Paracetamol|Inhaled salbutamol only
tf|Aspirin should be given to children with viral illnesses to reduce fever.|F
fb|The time taken for the plasma concentration of a drug to fall by half is its elimination ________.|half-life
n|A physician orders 500 mg of amoxicillin. The suspension contains 250 mg per 5 mL. How many mL should be given?|10 mL
n|1,000 mL of IV fluid is to run over 8 hours using a set with a drop factor of 15 gtt/mL. What is the drip rate?|31 gtt/min
n|Calculate the BMI of an adult who weighs 72 kg and is 1.80 m tall.|22.2 kg/m²
n|A child weighing 18 kg is prescribed a drug at 15 mg/kg per dose. How many mg should be given per dose?|270 mg
o|List the checks a nurse should perform before starting a blood transfusion.
o|Describe the initial management of a patient with diabetic ketoacidosis.

## anatomy
m|Which is the longest bone in the human body?|Femur|Tibia|Humerus|Fibula
m|The mitral valve lies between the|left atrium and left ventricle|right atrium and right ventricle|left ventricle and aorta|right ventricle and pulmonary trunk
m|Which chamber of the heart pumps blood into the aorta?|Left ventricle|Right ventricle|Left atrium|Right atrium
m|The radial pulse is palpated at the|wrist, on the thumb side|side of the neck|back of the knee|top of the foot
m|Which muscle is the preferred intramuscular injection site in infants?|Vastus lateralis|Deltoid|Gluteus maximus|Biceps brachii
m|The anatomical term for a point closer to the attachment of a limb to the trunk is|proximal|distal|lateral|superficial
m|How many pairs of ribs does a typical adult have?|12|10|11|14
m|The appendix usually lies in which abdominal quadrant?|Right lower quadrant|Left lower quadrant|Right upper quadrant|Left upper quadrant
m|Which cranial nerve controls most of the muscles of facial expression?|Facial nerve (VII)|Trigeminal nerve (V)|Vagus nerve (X)|Optic nerve (II)
m|The patella is commonly called the|kneecap|shoulder blade|collarbone|shin bone
m|The rotator cuff is located at the|shoulder|hip|knee|ankle
m|Which artery is most commonly used to take a pulse in an unconscious adult?|Carotid artery|Radial artery|Dorsalis pedis artery|Posterior tibial artery
m|The Achilles tendon attaches the calf muscles to the|calcaneus (heel bone)|patella|tibial plateau|first metatarsal
tf|The left lung has three lobes and the right lung has two.|F
tf|The diaphragm contracts and moves downward during inspiration.|T
fb|The ________ plane divides the body into anterior and posterior parts.|coronal (frontal)
"""

GEN_SOCIAL = r"""
## microeconomics
m|The price of a good rises by 10% and quantity demanded falls by 25%. Demand for the good is|elastic|inelastic|unit elastic|perfectly inelastic
m|A binding price ceiling set below the equilibrium price will most likely cause|a shortage|a surplus|no change in quantity traded|an increase in supply
m|Two goods are complements. A rise in the price of one will|decrease demand for the other|increase demand for the other|have no effect on demand for the other|increase the supply of the other
m|In long-run equilibrium in a perfectly competitive market, firms earn|zero economic profit|large economic profits|negative accounting profit|monopoly profits
m|A profit-maximising monopolist produces where|marginal revenue equals marginal cost|price equals marginal cost|average total cost is minimised|total revenue is maximised
m|The opportunity cost of attending college full time includes|the wages you give up by not working|only tuition fees|the cost of meals you would eat anyway|money already spent on application fees
m|When production of a good creates pollution that is not priced, a free market will tend to|produce more than the socially efficient quantity|produce less than the socially efficient quantity|produce exactly the efficient quantity|stop producing the good entirely
m|A public good is|non-rival and non-excludable|rival and excludable|rival and non-excludable|non-rival and excludable
m|A Nash equilibrium is a set of strategies in which|no player can gain by changing strategy alone|every player receives the highest possible payoff|players always cooperate|one player dominates all others
m|The law of diminishing marginal returns says that|adding more of a variable input to a fixed input eventually yields smaller increases in output|output falls whenever more workers are hired|average cost always rises|prices fall as output rises
m|A good whose income elasticity of demand is negative is|an inferior good|a normal good|a luxury good|a complement
m|Consumer surplus is the difference between|what consumers are willing to pay and what they actually pay|the price and the cost of production|total revenue and total cost|supply and demand at a given price
m|Which market structure has many firms selling differentiated products with easy entry?|Monopolistic competition|Oligopoly|Monopoly|Perfect competition
m|A per-unit tax on sellers generally causes|the price buyers pay to rise and the quantity traded to fall|the price buyers pay to fall|the quantity traded to rise|no change if demand is elastic
tf|A sunk cost should be included when deciding whether to continue a project.|F
tf|If demand is perfectly inelastic, a tax on the good is paid entirely by buyers.|T
fb|The extra cost of producing one more unit of output is called ________ cost.|marginal
n|A firm's total cost is $500 at 100 units and $560 at 110 units. What is the marginal cost per unit over this range?|$6
n|Price falls from $10 to $8 and quantity demanded rises from 100 to 140 units. Using the midpoint method, what is the price elasticity of demand?|about 1.5 (in absolute value)
o|Explain why a minimum wage set above the equilibrium wage may cause unemployment.

## macroeconomics
m|GDP measures|the market value of all final goods and services produced within a country in a period|the total value of all transactions, including intermediate goods|only the income earned by citizens abroad|government spending alone
m|Nominal GDP grows by 6% while the GDP deflator rises by 4%. Real GDP grows by approximately|2%|10%|4%|6%
m|Which is an expansionary monetary policy action?|The central bank buying government bonds|Raising the reserve requirement|Raising the policy interest rate|Selling government bonds
m|Stagflation is a combination of|high inflation with stagnant output and high unemployment|falling prices with rapid growth|low inflation with low unemployment|a stock market boom with rising wages
m|If the marginal propensity to consume is 0.8, the simple spending multiplier is|5|0.8|1.25|8
m|Unemployment caused by workers moving between jobs is|frictional unemployment|cyclical unemployment|structural unemployment|seasonal unemployment
m|A country has a comparative advantage in a good when|its opportunity cost of producing that good is lower than other countries'|it can produce more of the good than any other country|it has the largest population|its wages are the highest
m|Which would shift the aggregate demand curve to the right?|An increase in government spending|An increase in income taxes|A fall in consumer confidence|A rise in interest rates
m|Under floating exchange rates, higher domestic interest rates tend to make the domestic currency|appreciate|depreciate|pegged to gold|unchanged in value
m|Which of the following is counted in GDP?|A new car produced this year|A used car resold this year|A government pension payment|The purchase of shares in a company
m|Quantitative easing refers to|a central bank buying large amounts of financial assets to lower long-term interest rates|the government raising taxes|a cut in the minimum wage|printing new banknote designs
tf|A budget deficit occurs when government spending exceeds tax revenue in a given year.|T
tf|Deflation always benefits borrowers.|F
fb|The curve showing a short-run trade-off between inflation and unemployment is the ________ curve.|Phillips
n|The consumer price index rose from 200 to 210 over one year. What was the inflation rate?|5%
o|Explain why a central bank might raise interest rates when inflation is above its target.

## accounting
m|Under double-entry bookkeeping, every transaction affects|at least two accounts|only the cash account|only the income statement|exactly three accounts
m|Which financial statement reports assets, liabilities and equity at a point in time?|Balance sheet|Income statement|Statement of cash flows|Statement of retained earnings
m|Depreciation is|the allocation of an asset's cost over its useful life|a cash payment to suppliers|an increase in an asset's market value|a type of revenue
m|A business has assets of $200,000 and liabilities of $120,000. Its owner's equity is|$80,000|$320,000|$120,000|$200,000
m|A debit entry to an expense account|increases the expense|decreases the expense|increases revenue|decreases liabilities
m|Under accrual accounting, revenue is recognised when|it is earned, whether or not cash has been received|cash is received|the customer's cheque clears|the fiscal year ends
m|The current ratio is calculated as|current assets divided by current liabilities|total assets divided by total liabilities|net income divided by sales|current liabilities divided by current assets
m|When prices are rising, which inventory method reports the highest cost of goods sold?|LIFO|FIFO|Weighted average|It makes no difference
m|Goodwill arises when a company|buys another business for more than the fair value of its identifiable net assets|donates to charity|writes down inventory|issues bonds at a discount
m|A bond's market price typically falls when|market interest rates rise|market interest rates fall|the issuer's credit rating improves|the bond approaches maturity
m|The net present value of a project is positive when|the present value of its cash inflows exceeds the initial investment|the payback period exceeds five years|the internal rate of return is below the discount rate|there are no cash inflows
m|Diversifying a portfolio mainly reduces|unsystematic (company-specific) risk|systematic market risk|inflation|interest rates
m|Accounts receivable represents|money owed to the company by customers|money the company owes suppliers|cash held in the bank|long-term loans
m|Which account is a liability?|Unearned revenue|Prepaid insurance|Accounts receivable|Inventory
tf|Dividends paid to shareholders are reported as an expense on the income statement.|F
tf|Under the matching principle, expenses are recorded in the same period as the revenues they help generate.|T
fb|Assets = Liabilities + ________.|Equity
n|Equipment costing $50,000 with a $5,000 salvage value and a 9-year life is depreciated straight-line. What is the annual depreciation?|$5,000
n|What is the future value of $1,000 invested for 3 years at 5% compounded annually?|$1,157.63
n|A company has net income of $40,000 and average total assets of $500,000. What is its return on assets?|8%
o|Explain the difference between the cash flow statement and the income statement.

## marketing
m|The four Ps of the marketing mix are product, price, place and|promotion|people|packaging|profit
m|Dividing a market by age, income and gender is|demographic segmentation|psychographic segmentation|behavioural segmentation|geographic segmentation
m|A company launches a product at a low price to win market share quickly. This strategy is|penetration pricing|price skimming|premium pricing|cost-plus pricing
m|In the product life cycle, sales growth slows and competition is most intense during the|maturity stage|introduction stage|growth stage|decline stage
m|A "viral" marketing campaign is one that|spreads rapidly because people share it with each other|is mailed to every household|is aimed at hospitals|runs only on television
m|In a SWOT analysis, a new competitor entering the market is classified as a|threat|weakness|strength|opportunity
m|The Net Promoter Score measures|how likely customers are to recommend a company|total annual sales|market share|employee turnover
m|Using an established brand name for a product in a new category is a|brand extension|line filling|rebranding|co-branding of two firms
m|Porter's five forces are the threat of new entrants, supplier power, buyer power, the threat of substitutes and|rivalry among existing competitors|government regulation|technological change|corporate culture
m|A loyalty programme that rewards repeat purchases is mainly a tool for|customer retention|market penetration pricing|channel conflict|product differentiation by design
tf|Price skimming usually starts with a high price that is lowered over time.|T
fb|The group of consumers a company decides to serve is its ________ market.|target
o|Describe the difference between B2B and B2C marketing.

## management
m|Herzberg's two-factor theory distinguishes motivators from|hygiene factors|safety needs|expectancy|equity
m|A leader who makes decisions alone with little input from the team has a(n)|autocratic style|democratic style|laissez-faire style|transformational style
m|In project management, the critical path is|the longest chain of dependent tasks, which sets the minimum project duration|the list of riskiest tasks|the cheapest way to finish|the path preferred by the sponsor
m|Which organisational structure groups employees by product line or region?|Divisional structure|Functional structure|Flat structure|Matrix structure with no managers
m|"Team chemistry" in a workplace refers to|how well team members work together|the team's laboratory equipment|the nutrition plan of employees|a safety inspection
m|Tuckman's stages of group development are forming, storming, norming,|performing and adjourning|planning and executing|leading and controlling|hiring and firing
tf|Span of control refers to the number of subordinates reporting directly to a manager.|T
o|Explain the difference between leadership and management.

## us history
m|The Louisiana Purchase of 1803 was bought from|France|Spain|Great Britain|Mexico
m|The Seneca Falls Convention of 1848 is best known for|launching the organised women's rights movement in the United States|ending the Mexican-American War|founding the Republican Party|abolishing slavery in New York
m|Which event led the United States to enter World War II?|The attack on Pearl Harbor|The sinking of the Lusitania|The invasion of Poland|The Battle of Britain
m|The Emancipation Proclamation (1863) declared free the enslaved people in|states in rebellion against the Union|every state and territory|the border states only|Washington, D.C. only
m|Which Supreme Court case declared racial segregation in public schools unconstitutional?|Brown v. Board of Education|Plessy v. Ferguson|Marbury v. Madison|McCulloch v. Maryland
m|The Dust Bowl of the 1930s mainly affected|the southern Great Plains|New England|the Pacific Northwest|Florida
m|The Marshall Plan provided|economic aid to rebuild Western Europe after World War II|military aid to South Korea|funds to create the United Nations|relief for farmers during the Great Depression
m|The Articles of Confederation were replaced largely because they|created a central government too weak to tax or regulate commerce|gave the president too much power|abolished the states|established a national church
m|The Missouri Compromise of 1820|admitted Missouri as a slave state and Maine as a free state|ended the Civil War|abolished the slave trade|purchased Alaska
m|The New Deal was|Franklin Roosevelt's set of programmes responding to the Great Depression|a treaty ending World War I|a civil rights law of the 1960s|a Cold War alliance
m|The Montgomery bus boycott of 1955-56 began after|Rosa Parks was arrested for refusing to give up her seat|the March on Washington|the assassination of Malcolm X|the passage of the Voting Rights Act
tf|The Declaration of Independence was adopted on July 4, 1776.|T
fb|The US policy after World War II of preventing the spread of communism was called ________.|containment
o|Explain two causes of the American Civil War.

## world history
m|The Treaty of Versailles (1919) required Germany to|accept responsibility for the war and pay reparations|unite with Austria|annex Alsace-Lorraine|double the size of its army
m|The Magna Carta (1215) is significant because it|established that the king was subject to the law|created the House of Commons|abolished feudalism|made England a republic
m|The Columbian Exchange was|the transfer of plants, animals, people and diseases between the Americas and the Old World|a trading company founded by Columbus|a prisoner exchange after the Seven Years' War|Spain's colonial currency
m|The Meiji Restoration (1868) led Japan to|industrialise and modernise rapidly|close itself to foreign trade|restore the shogunate|become a British colony
m|After the fall of the Western Roman Empire, which empire was ruled from Constantinople?|The Byzantine Empire|The Holy Roman Empire|The Mughal Empire|The Carolingian Empire
m|The Protestant Reformation is usually dated from 1517, when|Martin Luther circulated his Ninety-five Theses|Henry VIII broke with Rome|the Council of Trent opened|Calvin arrived in Geneva
m|The Berlin Wall fell in|1989|1961|1991|1975
m|Which was a major cause of the French Revolution?|A royal fiscal crisis and resentment of the privileges of the clergy and nobility|Napoleon's defeat at Waterloo|German unification|The Congress of Vienna
m|Gandhi's Salt March of 1930 protested against|the British salt tax and monopoly|the partition of India|the Boer War|the East India Company's dissolution
m|The Silk Road was a network of trade routes linking|China with Central Asia, the Middle East and the Mediterranean|Scandinavia with West Africa|the Aztec and Inca empires|Australia with India
m|The "Scramble for Africa" was formalised at the|Berlin Conference of 1884-85|Congress of Vienna|Treaty of Tordesillas|Yalta Conference
m|The Black Death of the 1340s led, in many parts of Europe, to|labour shortages that strengthened the bargaining position of surviving peasants|an immediate rise in Europe's population|the end of the Catholic Church|the discovery of the Americas
m|The Industrial Revolution began in|Britain in the late 18th century|France in the early 17th century|the United States in the 1850s|Germany in the 1900s
m|The Cuban Missile Crisis took place in|1962|1959|1948|1973
m|The Ottoman Empire captured Constantinople in|1453|1066|1492|1204
m|Which civilisation built Machu Picchu?|The Inca|The Maya|The Aztecs|The Olmecs
tf|The Russian Revolution of October 1917 brought the Bolsheviks to power.|T
fb|The period of European cultural rebirth beginning in 14th-century Italy is called the ________.|Renaissance
o|Explain two long-term causes of the First World War.
o|Assess the impact of the printing press on the spread of the Reformation.

## geography
m|Which is the longest river in South America?|Amazon|Paraná|Orinoco|Magdalena
m|The Tropic of Capricorn lies at approximately|23.4° S|23.4° N|66.6° S|0°
m|Which country has the largest land area?|Russia|Canada|China|United States
m|A delta forms where a river|deposits sediment as it enters a slower body of water|is carved out by a glacier|crosses a plate boundary|flows over resistant rock
m|The Sahel is the transition zone between|the Sahara and the savannas to the south|the Andes and the Amazon|Siberia and the Arctic|the Himalaya and the Deccan Plateau
m|Which city lies on two continents?|Istanbul|Cairo|Moscow|Madrid
m|According to the demographic transition model, as a country industrialises|death rates fall before birth rates fall|birth and death rates rise together|death rates rise while birth rates fall|both rates stay constant
m|Which map projection preserves angles but greatly exaggerates areas near the poles?|Mercator|Robinson|Gall-Peters|Goode homolosine
m|Which ocean current keeps north-western Europe milder than other places at the same latitude?|The North Atlantic Drift|The Humboldt Current|The California Current|The Benguela Current
m|Which South American country is landlocked?|Bolivia|Peru|Chile|Ecuador
m|The capital of Australia is|Canberra|Sydney|Melbourne|Perth
m|Monsoon climates are characterised by|a seasonal reversal of winds that brings distinct wet and dry seasons|steady rainfall in every month|snow all year|no seasonal change
m|Which factor best explains why cities are often warmer than surrounding countryside?|Buildings and pavement absorb and re-radiate heat (the urban heat island effect)|Cities are always at lower altitude|Rural areas have more smog|Cities receive more sunlight
tf|The Prime Meridian passes through Greenwich in London.|T
fb|The line of latitude at 0° is the ________.|equator
n|On a map with a scale of 1:50,000, two villages are 6 cm apart. What is the real distance in kilometres?|3 km
o|Explain why population density is so uneven across Egypt.

## philosophy
m|Utilitarianism judges actions by|their consequences for overall well-being|whether they follow a universal duty|the character of the agent|divine command
m|Kant's categorical imperative tells us to act only on maxims that|we could will to become universal laws|maximise happiness|serve our own interests|society approves of
m|Descartes' "I think, therefore I am" was meant to provide|a certain foundation for knowledge that survives radical doubt|proof of the external world through observation|evidence that animals have minds|an argument against God's existence
m|Which philosopher described the mind at birth as a blank slate (tabula rasa)?|John Locke|René Descartes|Immanuel Kant|Plato
m|An argument is deductively valid if|its conclusion must be true whenever its premises are true|its premises are actually true|its conclusion is actually true|most people find it convincing
m|"All cats are mammals. Tom is a mammal. So Tom is a cat." This argument commits the fallacy of|the undistributed middle|ad hominem|straw man|slippery slope
m|Attacking the person who makes an argument rather than the argument itself is|ad hominem|straw man|appeal to authority|red herring
m|Plato's allegory of the cave illustrates|the difference between appearance and reality|the social contract|the problem of induction|the utilitarian calculus
m|Virtue ethics is most closely associated with|Aristotle|Bentham|Hobbes|Mill
m|Hume's problem of induction asks|how we can justify inferring unobserved cases from observed ones|whether mathematics is certain|whether God exists|how words get their meaning
m|In Leviathan, Hobbes describes life in the state of nature as|solitary, poor, nasty, brutish and short|peaceful and cooperative|governed by natural virtue|much like life under a wise monarch
m|Which statement is logically equivalent to "If it rains, the ground gets wet"?|If the ground is not wet, it did not rain|If the ground is wet, it rained|If it does not rain, the ground is not wet|It rains and the ground gets wet
m|The view that moral truths depend entirely on the beliefs of each culture is|cultural relativism|moral realism|egoism|natural law theory
tf|A sound argument is a valid argument whose premises are all true.|T
fb|The branch of philosophy concerned with the nature and limits of knowledge is ________.|epistemology
o|Explain the trolley problem and how a utilitarian and a Kantian might respond to it.

## psychology
m|In Pavlov's experiments, after conditioning the bell was a(n)|conditioned stimulus|unconditioned stimulus|unconditioned response|neutral response
m|Giving a child a sticker each time she tidies her room, so that she tidies more often, is|positive reinforcement|negative reinforcement|positive punishment|extinction
m|A car's seat-belt alarm stops once you buckle up, making you more likely to buckle up. This is|negative reinforcement|positive punishment|positive reinforcement|negative punishment
m|According to Piaget, children in the preoperational stage typically fail tasks involving|conservation|object permanence|language use|pretend play
m|At the base of Maslow's hierarchy of needs are|physiological needs|esteem needs|self-actualisation needs|belonging needs
m|Blaming others' behaviour on their personality while underestimating the situation is the|fundamental attribution error|self-serving bias|confirmation bias|halo effect
m|In Milgram's obedience studies, most participants|continued to what they believed were the highest shock levels|refused to give any shocks|left the study immediately|reported the experimenter to the police
m|The capacity of short-term memory has traditionally been estimated at about|7 ± 2 items|2 items|50 items|unlimited items
m|Which research method can establish cause and effect?|A controlled experiment with random assignment|A correlational study|A case study|Naturalistic observation
m|Damage to the hippocampus most severely impairs|formation of new long-term memories|regulation of heart rate|balance and coordination|colour vision
m|Cognitive dissonance is|the discomfort of holding conflicting beliefs or acting against one's beliefs|an inability to remember recent events|a personality disorder|a reading disability
m|People often perform simple, well-learned tasks better when others are watching. This is|social facilitation|social loafing|groupthink|deindividuation
m|Which Big Five trait reflects organisation, dependability and self-discipline?|Conscientiousness|Openness|Agreeableness|Neuroticism
m|A test that gives consistent scores on repeated administrations is|reliable|valid|standardised|projective
m|In a psychology experiment, reaction time is|the time between the onset of a stimulus and the participant's response|the duration of a chemical reaction in the brain|how long a sensation lasts|the time needed to learn a list
tf|Operant conditioning was studied most extensively by B. F. Skinner.|T
fb|In classical conditioning, the weakening of a conditioned response when the conditioned stimulus is repeatedly presented alone is called ________.|extinction
sa|Which of the following are symptoms listed for major depressive disorder? Select all that apply.|Persistent low mood;Loss of interest or pleasure;Sleep disturbance|Hallucinations as a required criterion;Elevated, expansive mood
o|Describe the bystander effect and one factor that reduces it.

## law
m|Which element is NOT required for every valid contract?|A written document signed by both parties|Offer|Acceptance|Consideration
m|Under the mailbox rule, an acceptance sent by post is generally effective when|it is dispatched|it is received|the offeror reads it|the offer expires
m|A defendant acquitted in a criminal trial is then sued by the victim for damages. The standard of proof in the civil case is usually|a preponderance of the evidence|beyond a reasonable doubt|absolute certainty|probable cause
m|Which amendment to the US Constitution protects against unreasonable searches and seizures?|The Fourth Amendment|The First Amendment|The Fifth Amendment|The Eighth Amendment
m|The doctrine of stare decisis means that courts|follow precedents set in earlier decisions|decide each case without regard to earlier cases|always defer to the legislature|may hear only appeals
m|Hearsay is|an out-of-court statement offered to prove the truth of what it asserts|any testimony given by a witness|evidence obtained illegally|a statement made under oath in court
m|To win a negligence claim, a plaintiff must prove duty, breach, causation and|damages|intent|malice|a contract
m|A promise to give someone a gift with nothing given in return is usually unenforceable because it lacks|consideration|capacity|legality|a signature
m|Under the Statute of Frauds, which contract generally must be in writing?|A contract for the sale of land|An agreement to mow a lawn next week|The sale of a $20 book|A one-month employment contract
m|The exclusionary rule provides that|evidence obtained in violation of the defendant's constitutional rights is generally inadmissible|any witness may be excluded by the defence|hearsay is always admissible|judges may exclude juries
m|Strict liability in tort is typically imposed for|abnormally dangerous activities such as blasting with explosives|every car accident|breaches of contract|defamation of public figures
m|Mens rea refers to|the mental element, or guilty mind, of a crime|the physical act of a crime|the burden of proof|the right to remain silent
m|Members of a limited liability company are generally|not personally liable for the company's debts|personally liable for all company debts|required to be corporations|forbidden from managing the company
m|Which court hears disputes between two US states as a matter of original jurisdiction?|The US Supreme Court|A state trial court|A federal bankruptcy court|The Court of International Trade
tf|Under the Double Jeopardy Clause, a person acquitted of a crime cannot be retried for the same offence by the same sovereign.|T
fb|A civil wrong, other than a breach of contract, for which a court may award damages is a ________.|tort
o|Distinguish between a void contract and a voidable contract.

## political science
m|The power of US courts to strike down laws as unconstitutional is|judicial review|executive privilege|the filibuster|impeachment
m|A parliamentary system differs from a presidential system because|the executive is drawn from, and answerable to, the legislature|the president is directly elected|there is no legislature|judges choose the prime minister
m|According to Duverger's law, which electoral system tends to produce two dominant parties?|Single-member plurality (first past the post)|Party-list proportional representation|Mixed-member proportional representation|Single transferable vote in large districts
m|The separation of powers divides government into|legislative, executive and judicial branches|federal, state and local levels|upper and lower houses|civil and criminal courts
m|Federalism is a system in which|power is divided between a national government and regional governments|all power rests with the central government|there is no written constitution|the military controls the government
tf|The US Senate has two senators from each state regardless of population.|T
o|Explain what is meant by the "checks and balances" in the US Constitution.

## sociology
m|Max Weber's "iron cage" refers to|the constraints of bureaucratic rationalisation on modern life|prison overcrowding|the caste system|traditional family structure
m|Durkheim used the term anomie to describe|a breakdown of social norms|class conflict|the division of household labour|religious ritual
m|Socialisation is the process by which|individuals learn the norms and values of their society|states nationalise industries|people move from rural to urban areas|governments form alliances
m|Which is an example of a primary group?|A close-knit family|A national political party|A multinational corporation|A university alumni association
m|The "cultural evolution" of dress codes in offices over the last fifty years is best studied as|a change in social norms|a biological adaptation|natural selection on genes|a chemical process
tf|Social mobility refers to the movement of individuals or groups between positions in a social hierarchy.|T
o|Explain what is meant by social stratification and give one example.

## literature and the arts
m|Who wrote "Pride and Prejudice"?|Jane Austen|Charlotte Brontë|George Eliot|Mary Shelley
m|A traditional sonnet has how many lines?|14|12|16|10
m|Which literary device gives human qualities to non-human things?|Personification|Alliteration|Hyperbole|Onomatopoeia
m|A time signature of 3/4 indicates|three quarter-note beats in each bar|four beats in each bar|three bars per line|a fast tempo
m|Who painted the ceiling of the Sistine Chapel?|Michelangelo|Leonardo da Vinci|Raphael|Donatello
m|A line of iambic pentameter contains|five iambs|five syllables|four stressed syllables|alternating iambs and trochees
m|Deus ex machina describes|an unexpected event or device that suddenly resolves a plot|a hero's tragic flaw|a foreshadowing technique|the story's climax
m|Which art movement is associated with Monet and the play of light and colour?|Impressionism|Cubism|Surrealism|Baroque
m|In "Romeo and Juliet", the audience knows Juliet is alive when Romeo believes she is dead. This is an example of|dramatic irony|situational irony|verbal irony|a soliloquy
m|Who composed "The Four Seasons"?|Antonio Vivaldi|Johann Sebastian Bach|Wolfgang Amadeus Mozart|Ludwig van Beethoven
tf|A haiku traditionally consists of three lines.|T
fb|The repetition of initial consonant sounds, as in "Peter Piper picked", is called ________.|alliteration
o|Discuss how Orwell uses language as a tool of control in "Nineteen Eighty-Four".
"""

GEN_COMPUTING = r"""
## computer science
m|What is the worst-case time complexity of binary search on a sorted array of n elements?|O(log n)|O(n)|O(n log n)|O(1)
m|Which data structure follows last-in, first-out order?|Stack|Queue|Binary heap|Hash table
m|The average-case time complexity of quicksort is|O(n log n)|O(n²)|O(n)|O(log n)
m|Which of these sorting algorithms is stable?|Merge sort|Heap sort|Selection sort|In-place quicksort
m|With a good hash function and a low load factor, a hash table lookup takes on average|O(1) time|O(n) time|O(log n) time|O(n²) time
m|Breadth-first search on an unweighted graph finds|shortest paths measured in number of edges|a minimum spanning tree|the strongly connected components|a topological order of any graph
m|Dijkstra's algorithm can give wrong answers when the graph has|negative edge weights|cycles|more than 100 vertices|undirected edges
m|Which traversal of a binary search tree visits the keys in sorted order?|In-order|Pre-order|Post-order|Level-order
m|Which problem is NP-complete?|Boolean satisfiability (SAT)|Sorting a list|Single-source shortest paths with non-negative weights|Multiplying two matrices
m|Big-O notation gives|an asymptotic upper bound on a function's growth rate|the exact running time in seconds|only the best-case running time|the amount of memory in bytes
m|The minimum spanning tree of a connected weighted graph can be found with|Kruskal's algorithm|binary search|depth-first search alone|the Bellman-Ford algorithm
m|Dynamic programming is most useful for problems that have|overlapping subproblems and optimal substructure|no subproblems|only one possible solution|random inputs
m|A finite automaton cannot recognise the language of|balanced parentheses of arbitrary depth|binary strings ending in 0|strings with an even number of a's|strings containing "ab"
m|The halting problem shows that|no algorithm can decide, for every program and input, whether the program halts|every program eventually halts|all loops can be removed from a program|computers cannot run forever
m|How many edges does a tree with n vertices have?|n - 1|n|n + 1|2n
tf|A linked list supports O(1) access to its k-th element.|F
tf|Every regular language is also context-free.|T
fb|A function that calls itself is ________.|recursive
n|At most how many comparisons does binary search need to find an item in a sorted list of 1,024 elements?|11
n|What is 0b101101 in decimal, and what is decimal 200 in hexadecimal?|45; C8
o|Explain why comparison-based sorting cannot be faster than O(n log n) in the worst case.

## software engineering
m|Defining a method in a subclass with the same signature as a method in its superclass is|overriding|overloading|encapsulation|composition
m|Which design pattern guarantees that a class has only one instance?|Singleton|Observer|Factory method|Decorator
m|Which Git command creates a new branch and switches to it?|git checkout -b feature|git merge feature|git push feature|git init feature
m|A good unit test should|check one small piece of behaviour in isolation|exercise the whole system end to end|run only in production|depend on a live network connection
m|Which of the following is NOT one of the SOLID principles?|Don't repeat yourself|Single responsibility|Liskov substitution|Dependency inversion
m|What does print([x * x for x in range(4)]) output in Python?|[0, 1, 4, 9]|[1, 4, 9, 16]|[0, 1, 2, 3]|[0, 2, 4, 6]
m|In Scrum, the time-boxed iteration in which a potentially releasable increment is built is a|sprint|milestone|waterfall phase|retrospective
m|Mutation testing measures the quality of a test suite by|introducing small changes into the code and checking whether the tests catch them|running tests on faulty hardware|deleting random test cases|testing genetic algorithms
m|A pure function|returns the same output for the same input and has no side effects|modifies global state|reads from the keyboard|can only return integers
m|Which language is normally compiled ahead of time to native machine code?|C|CPython|Bash|JavaScript in a browser
m|Continuous integration means that|developers merge changes frequently and each merge is automatically built and tested|code is released once a year|only one developer may commit|tests are run manually before release
m|Code that works but is hard to maintain because of poor structure is said to have|technical debt|a memory leak|a race condition|a syntax error
m|In semantic versioning, going from version 2.4.1 to 3.0.0 signals|a backwards-incompatible change|a bug fix only|a new backwards-compatible feature|a documentation update
m|What is the output of the Python expression len({1, 2, 2, 3})?|3|4|2|An error
m|Which HTTP method is idempotent and normally used to retrieve a resource without changing it?|GET|POST|PATCH|CONNECT
tf|In Python, lists are immutable.|F
fb|Restructuring code to improve its design without changing its external behaviour is called ________.|refactoring
o|Explain the difference between an abstract class and an interface in Java.
o|What is dependency injection, and why does it make code easier to test?

## computer networking
m|Which OSI layer is responsible for routing packets between networks?|Network layer|Data link layer|Transport layer|Session layer
m|TCP sets up a connection with|a three-way handshake (SYN, SYN-ACK, ACK)|a single UDP datagram|a broadcast ARP request|a two-way handshake
m|Which protocol resolves domain names to IP addresses?|DNS|DHCP|ARP|SMTP
m|How many usable host addresses does a /26 IPv4 subnet provide?|62|64|30|126
m|What is the network address of the host 192.168.10.77/27?|192.168.10.64|192.168.10.0|192.168.10.72|192.168.10.96
m|Which protocol automatically assigns IP addresses to hosts?|DHCP|DNS|ICMP|FTP
m|UDP differs from TCP in that UDP|does not guarantee delivery or ordering|provides flow control|requires a handshake|is connection-oriented
m|How many bits long is an IPv6 address?|128|32|64|256
m|Which device mainly forwards frames at layer 2 using MAC addresses?|Switch|Router|Repeater|Modem
m|The ping utility relies on which protocol?|ICMP|TCP|ARP|SNMP
m|Which HTTP status code means "Not Found"?|404|200|301|500
m|Which of these routing protocols is link-state?|OSPF|RIP|BGP|Static routing
m|Network Address Translation is mainly used to|let many hosts with private addresses share one public IP address|resolve host names|assign MAC addresses|compress traffic
m|Which TCP mechanism slows the sender down when packets are being lost in the network?|Congestion control|The checksum|The three-way handshake|Port numbering
m|Which protocol is used to send email from a client to a mail server?|SMTP|IMAP|POP3|SNMP
m|What does a default gateway do?|Forwards traffic destined for other networks|Assigns IP addresses|Translates names to addresses|Stores web pages
tf|A host's MAC address is assigned by the DHCP server each time it joins a network.|F
fb|The largest packet a link can carry without fragmentation is its maximum transmission ________ (MTU).|unit
n|How long does it take to transmit a 10 MB file over a 100 Mbps link, ignoring overhead? (1 MB = 8 × 10^6 bits)|0.8 s
n|A signal travels 3,000 km through fibre at 2 × 10^8 m/s. What is the one-way propagation delay?|15 ms
o|Explain the difference between a hub, a switch and a router.

## databases
m|Which SQL clause filters groups after aggregation?|HAVING|WHERE|ORDER BY|LIMIT
m|A table is in first normal form when|every column holds atomic values and there are no repeating groups|it has no foreign keys|every non-key attribute depends on part of the key|it has only one column
m|Which ACID property guarantees that a committed transaction survives a crash?|Durability|Atomicity|Consistency|Isolation
m|A foreign key|refers to the primary key of another table|must be unique within its own table|can never be NULL|must be an integer
m|Which join returns every row of the left table plus matching rows from the right table?|LEFT OUTER JOIN|INNER JOIN|CROSS JOIN|SELF JOIN
m|An index on a column mainly speeds up|lookups and range queries on that column|bulk inserts|table creation|backups
m|A dirty read occurs when a transaction|reads data written by another transaction that has not yet committed|reads the same row twice|deletes a committed row|writes to a locked table
m|In the relational model, a relation corresponds to a|table|primary key|stored procedure|index
m|What does SELECT COUNT(*) FROM orders WHERE total > 100; return?|The number of orders whose total exceeds 100|The sum of all totals above 100|Every order above 100|The largest order total
m|A document database such as MongoDB stores records as|JSON-like documents|fixed-schema rows only|spreadsheets|binary trees on tape
m|The CAP theorem says a distributed data store cannot simultaneously guarantee|consistency, availability and partition tolerance|atomicity, consistency and durability|speed, size and cost|normalisation, indexing and caching
m|Which SQL statement removes a table and its definition completely?|DROP TABLE|DELETE FROM|TRUNCATE ROW|REMOVE TABLE
tf|A primary key column may contain duplicate values.|F
fb|Splitting tables to remove redundancy based on functional dependencies is called ________.|normalisation
o|Explain the difference between a clustered and a non-clustered index.

## operating systems
m|Which of the following is NOT one of the four necessary conditions for deadlock?|Preemption|Mutual exclusion|Hold and wait|Circular wait
m|Thrashing occurs when|the system spends more time paging than doing useful work|the CPU overheats|a process has too few threads|the disk is full
m|Which scheduling algorithm can starve long jobs?|Shortest job first|Round robin|First-come, first-served|Fair-share scheduling
m|A context switch involves|saving the state of one process or thread and restoring another's|copying a file into memory|compiling a program|rebooting the kernel
m|Virtual memory allows|processes to use an address space larger than physical RAM by paging to disk|the CPU clock to run faster|programs to share one stack|files to be compressed automatically
m|A page fault occurs when a process|accesses a page that is not currently in physical memory|writes the same page twice|fills the page table|divides by zero
m|In the producer-consumer problem, semaphores are used to|coordinate access to the shared buffer|speed up the producer|allocate disk blocks|choose the CPU frequency
m|Which allocation strategy chooses the smallest free block that is large enough?|Best fit|First fit|Worst fit|Next fit
m|Threads of the same process share|the heap and global variables|their stacks|their program counters|their register sets
m|A zombie process in Unix is one that|has terminated but whose exit status has not yet been collected by its parent|runs without a terminal|uses 100% of the CPU|was paused by the user
m|Which system call creates a new process in Unix?|fork()|exec() alone|wait()|kill()
tf|Round-robin scheduling gives each ready process a fixed time quantum in turn.|T
fb|The core part of an operating system that manages hardware and stays resident in memory is the ________.|kernel
n|Using FIFO page replacement with 3 frames, how many page faults occur for the reference string 1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5?|9
o|Explain the difference between a process and a thread.

## machine learning
m|Overfitting is best described as|a model fitting noise in the training data and generalising poorly|a model too simple to capture the pattern|a model trained on too many test examples|a model that always predicts the mean
m|Which technique helps reduce overfitting in a neural network?|Dropout|Training far longer without a validation set|Removing all regularisation|Increasing the number of parameters tenfold
m|In k-fold cross-validation, the data are|split into k parts and each part is used once as the validation set|used k times for training only|reduced to k examples|split once into training and test sets
m|Which of these algorithms is unsupervised?|k-means clustering|Logistic regression|Random forest classification|Linear regression
m|Precision is defined as|TP / (TP + FP)|TP / (TP + FN)|TN / (TN + FP)|(TP + TN) / total
m|A classifier has 90 true positives, 10 false negatives and 30 false positives. What is its recall?|0.90|0.75|0.30|0.10
m|Gradient descent updates the parameters in the direction of|the negative gradient of the loss|the positive gradient of the loss|random noise|the largest weight
m|The vanishing gradient problem is most associated with|deep networks using saturating activations such as the sigmoid|linear regression|k-nearest neighbours|decision stumps
m|Which activation function computes max(0, x)?|ReLU|Sigmoid|Tanh|Softmax
m|L1 regularisation tends to produce|sparse weights, many of them exactly zero|larger weights|no change in the weights|only negative weights
m|A genetic algorithm is an optimisation method that|evolves a population of candidate solutions through selection, crossover and mutation|sequences DNA|works only on biological data|requires exact gradients
m|In a decision tree, information gain measures the reduction in|entropy after a split|learning rate|momentum|batch size
m|Softmax is typically used in the output layer of|a multi-class classifier|a linear regression|k-means|PCA
m|Principal component analysis finds|orthogonal directions of maximum variance in the data|cluster centroids|class decision boundaries|the best learning rate
m|A learning rate that is too high typically causes the training loss to|oscillate or diverge|decrease too slowly|fall to exactly zero|stay perfectly constant
m|Increasing model complexity usually|decreases bias and increases variance|increases both bias and variance|decreases both bias and variance|has no effect on either
m|The attention mechanism in a transformer computes weights from|the similarity between query and key vectors|the order of words only|random sampling|the vocabulary size
m|Early stopping halts training when|performance on a validation set stops improving|the training loss reaches zero|the learning rate reaches zero|all weights are positive
tf|Batch normalisation normalises layer inputs using statistics of the current mini-batch during training.|T
tf|A model with very high training accuracy is guaranteed to perform well on unseen data.|F
fb|Data held out to tune hyperparameters, separate from the training and test data, is the ________ set.|validation
n|A confusion matrix has TP = 40, FP = 10, FN = 20 and TN = 130. Compute the accuracy and the F1 score.|accuracy 0.85; F1 ≈ 0.73
o|Explain why accuracy can be misleading on an imbalanced data set.

## miscellaneous
m|In a spreadsheet, the cell reference $B$3 is|an absolute reference|a relative reference|a circular reference|a named range
m|A recipe calls for 3 cups of flour for 12 cookies. How much flour is needed for 30 cookies?|7.5 cups|6 cups|9 cups|10 cups
m|Which word is a synonym of "catalyst" as used in "the speech was a catalyst for reform"?|Trigger|Obstacle|Summary|Residue
m|In photography, a larger aperture (smaller f-number) gives|a shallower depth of field|a deeper depth of field|a longer shutter speed automatically|lower image resolution
m|A solar cell converts|light energy into electrical energy|chemical energy into heat|electrical energy into light|sound into electricity
m|In music theory, the interval from C up to G is a|perfect fifth|major third|perfect fourth|minor sixth
m|In chess, which piece can only move diagonally?|Bishop|Rook|Knight|King
m|Which is the best way to cite a direct quotation in an academic essay?|Use quotation marks and give the source and page|Paraphrase without citing|Copy it without quotation marks|Cite only the author's first name
m|In a hospital's "code blue" drill, staff practise responding to|a cardiac or respiratory arrest|a fire|a missing child|a chemical spill
m|In a résumé, the "reverse chronological" format lists jobs|starting with the most recent|starting with the oldest|alphabetically by employer|by salary
tf|In basketball, a regular field goal made from beyond the arc is worth three points.|T
fb|In golf, one stroke under par on a hole is called a ________.|birdie
o|Explain how compound interest differs from simple interest, with a numerical example.
"""

# ---------------------------------------------------------------------------------------------
# Hand-written passages, data tables and long questions (first line: label|kind)
# ---------------------------------------------------------------------------------------------

LONG = r"""
biology|table
A student sampled a population of 500 land snails and recorded shell colour, which is controlled by one gene with two alleles. Brown (B) is dominant to yellow (b).

| Phenotype | Number of snails |
|-----------|------------------|
| Brown     | 455              |
| Yellow    | 45               |

1. Assuming Hardy-Weinberg equilibrium, calculate the frequencies of alleles B and b.
2. How many of the brown snails are expected to be heterozygous?
3. Thrushes prey more heavily on yellow snails on a dark woodland floor. Predict what will happen to the frequency of b over several generations, and name the type of selection involved.
~~~
biology|passage
Read the passage and answer the questions that follow.

In 1952, Alfred Hershey and Martha Chase grew T2 bacteriophages in two different media. One batch was grown with radioactive sulfur (35S), which is incorporated into protein, and the other with radioactive phosphorus (32P), which is incorporated into DNA. Each batch of labelled phages was allowed to infect unlabelled E. coli. After a few minutes the cultures were agitated in a blender to shear the phage coats from the bacterial surfaces, and then centrifuged so that the heavier bacterial cells formed a pellet while the lighter phage coats stayed in the supernatant.

Q1. In which fraction (pellet or supernatant) would most of the radioactivity be found for each batch?
Q2. What did the experiment show about the nature of the genetic material?
Q3. Why was sulfur a suitable label for protein but not for DNA?
(A) 35S in the pellet; DNA is not the genetic material
(B) 35S in the supernatant and 32P in the pellet; DNA is the genetic material
(C) Both labels in the supernatant; protein is the genetic material
(D) Both labels in the pellet; the experiment was inconclusive
Choose the option that answers Q1 and Q2 together, then answer Q3 in your own words.
~~~
biology|long
A researcher is investigating the effect of temperature on the activity of catalase, an enzyme found in potato tissue that breaks down hydrogen peroxide into water and oxygen. She places equal-sized discs of potato in test tubes containing the same volume and concentration of hydrogen peroxide, and keeps the tubes in water baths at 10, 20, 30, 40, 50 and 60 °C. She measures the volume of oxygen collected in the first two minutes at each temperature. The volume rises from 10 °C to a maximum at 40 °C and then falls steeply, so that almost no oxygen is produced at 60 °C. When the tubes from 60 °C are cooled back to 40 °C, the rate does not recover.

(a) Identify the independent variable, the dependent variable, and two variables that must be controlled.
(b) Explain, in terms of collisions between enzyme and substrate molecules, why the rate increases between 10 °C and 40 °C.
(c) Explain why the rate falls above 40 °C and why it does not recover on cooling.
(d) Suggest one improvement that would make the estimate of the optimum temperature more precise.
~~~
biology|pedigree
Medical genetics - pedigree question

Generation I: an unaffected man (I-1) and an affected woman (I-2).
Generation II: all four of their children are affected: two sons (II-1, II-2) and two daughters (II-3, II-4).
II-3 marries an unaffected man; all three of their children (generation III), one daughter and two sons, are affected.
II-1 marries an unaffected woman; all four of their daughters and both sons are unaffected.

Which mode of inheritance is most consistent with this pedigree?
A. Autosomal recessive
B. X-linked recessive
C. Mitochondrial
D. Y-linked
Explain how the offspring of II-1 help rule out the other options.
~~~
biology|table
The table shows the numbers of snowshoe hares and lynx (in thousands) estimated from fur-trading records in one region.

Year | Hares | Lynx
1900 | 20 | 4
1902 | 70 | 9
1904 | 30 | 22
1906 | 10 | 10
1908 | 45 | 5
1910 | 80 | 14

Which statement is best supported by the data?
a. Peaks in the lynx population follow peaks in the hare population.
b. The lynx population controls the climate of the region.
c. Hare and lynx numbers rise and fall at exactly the same time.
d. The hare population is independent of predation.
Answer:
~~~
biology|fewshot
Answer each question about cell biology with a single letter.

Q: Which organelle contains enzymes that digest worn-out cell parts? (A) lysosome (B) ribosome (C) centriole (D) vacuole in a plant cell
A: A

Q: Which structure controls what enters and leaves the cell? (A) cell wall (B) plasma membrane (C) nucleolus (D) cytoskeleton
A: B

Q: Which organelle contains its own circular DNA and ribosomes? (A) Golgi apparatus (B) smooth ER (C) mitochondrion (D) peroxisome
A:
~~~
biology|long
Virology case question. A previously unknown virus is isolated from bats. Electron microscopy shows an enveloped, roughly spherical particle about 100 nm across. Its genome is a single molecule of single-stranded RNA that can be translated directly when it is injected into cultured cells, and no DNA copy of the genome is ever detected in infected cells. The virus grows well in cultured airway epithelial cells but not in liver or kidney cells, and infection of airway cells is blocked by an antibody against a particular surface receptor protein.

(a) Using the Baltimore classification, which group does this virus belong to? Give your reasoning.
(b) Explain why the virus is probably sensitive to detergents and lipid solvents.
(c) What does the pattern of growth in different cell types tell you about the virus's tropism, and what is the most likely explanation for it?
(d) Why would a drug targeting reverse transcriptase be ineffective against this virus?
~~~
biology|table
Population genetics practice.

A gene has two alleles, A and a. Genotype counts were recorded in a sample of 1,000 wild mice.

  AA: 490    Aa: 420    aa: 90

Which statement is correct?
(A) The allele frequencies are p = 0.7 and q = 0.3, and the population is in Hardy-Weinberg proportions.
(B) The allele frequencies are p = 0.49 and q = 0.09.
(C) The population cannot be in equilibrium because aa is rare.
(D) The frequency of heterozygotes should be 0.21.
~~~
chemistry|table
Kinetics: initial-rate data for the reaction 2NO(g) + O2(g) → 2NO2(g) at a fixed temperature.

| Experiment | [NO] (mol/L) | [O2] (mol/L) | Initial rate (mol L⁻¹ s⁻¹) |
|---|---|---|---|
| 1 | 0.010 | 0.010 | 2.5 × 10⁻⁵ |
| 2 | 0.020 | 0.010 | 1.0 × 10⁻⁴ |
| 3 | 0.010 | 0.020 | 5.0 × 10⁻⁵ |

(a) Determine the order with respect to NO and to O2.
(b) Write the rate law and calculate the rate constant, with units.
(c) Predict the initial rate when [NO] = 0.030 M and [O2] = 0.010 M.
~~~
chemistry|table
A student titrates 25.00 mL of an unknown hydrochloric acid solution with 0.1000 M sodium hydroxide, using phenolphthalein as the indicator.

Trial      Initial burette (mL)   Final burette (mL)
Rough      0.00                   24.10
1          0.50                   24.05
2          1.20                   24.75
3          0.10                   23.65

Which value should be used for the mean titre, and what is the concentration of the acid?
A) 23.55 mL; 0.0942 M
B) 23.70 mL; 0.0948 M
C) 24.10 mL; 0.0964 M
D) 23.55 mL; 0.1062 M
Explain why the rough trial is excluded.
~~~
chemistry|long
Electrochemistry problem (show all work).

A galvanic cell is built from a silver electrode in 1.0 M AgNO3 and a nickel electrode in 1.0 M Ni(NO3)2, joined by a KNO3 salt bridge. The standard reduction potentials are Ag⁺ + e⁻ → Ag, E° = +0.80 V, and Ni²⁺ + 2e⁻ → Ni, E° = -0.25 V.

(a) Write the two half-reactions that occur, identify the anode and the cathode, and write the balanced overall cell reaction.
(b) Calculate the standard cell potential.
(c) Calculate ΔG° for the cell reaction as written, using F = 96,485 C/mol.
(d) The Ag⁺ concentration is now lowered to 0.010 M while [Ni²⁺] stays at 1.0 M. Use the Nernst equation at 25 °C to find the new cell potential, and explain in one sentence why it has changed in that direction.
(e) In which direction do nitrate ions move through the salt bridge, and why?
~~~
chemistry|spectrum
Spectroscopy question. A compound with molecular formula C4H8O shows a strong IR absorption at 1715 cm⁻¹ and no broad absorption between 3200 and 3600 cm⁻¹. Its 1H NMR spectrum shows three signals:
  δ 2.45 (2H, quartet)
  δ 2.14 (3H, singlet)
  δ 1.06 (3H, triplet)
Which compound fits the data?
(A) butan-2-one
(B) butanal
(C) but-3-en-2-ol
(D) ethoxyethene
Justify your answer by assigning each signal.
~~~
chemistry|table
Use the standard enthalpies of formation below to calculate ΔH° for the combustion of ethanol, C2H5OH(l) + 3O2(g) → 2CO2(g) + 3H2O(l).

Substance      ΔH°f (kJ/mol)
C2H5OH(l)      -277.7
CO2(g)         -393.5
H2O(l)         -285.8
O2(g)          0

Then state whether the reaction is exothermic or endothermic, and explain why ΔH°f of O2(g) is zero.
~~~
chemistry|fewshot
The following are multiple choice questions about high school chemistry, with answers.

What is the charge on an ion of aluminium? A. +1 B. +2 C. +3 D. -3
Answer: C

Which particle has the smallest mass? A. proton B. neutron C. electron D. alpha particle
Answer: C

Which is the correct name for FeCl3? A. iron(II) chloride B. iron(III) chloride C. iron trichlorate D. ferrous chloride
Answer: B

How many valence electrons does a nitrogen atom have? A. 3 B. 5 C. 7 D. 2
Answer:
~~~
chemistry|long
Gas laws - extended response. A 5.00 L steel cylinder contains nitrogen gas at 25 °C and a pressure of 2.00 atm. A valve is opened and some gas is released until the pressure falls to 1.20 atm, and the temperature in the cylinder is then brought back to 25 °C. Later, the cylinder is placed in a fire and its temperature rises to 400 °C with the valve closed.

(a) How many moles of nitrogen were in the cylinder initially? (R = 0.08206 L atm mol⁻¹ K⁻¹)
(b) What mass of nitrogen was released?
(c) What is the pressure in the cylinder at 400 °C?
(d) At very high pressures the measured pressure would differ from your ideal-gas prediction. Explain, with reference to the van der Waals constants a and b, why real gases deviate from ideal behaviour, and state which correction dominates at high pressure.
~~~
cybersecurity|code
Computer security, homework 3, question 2.

Consider the following C function compiled for x86-64 without stack protection:

    void greet(const char *name) {
        char buf[32];
        strcpy(buf, name);
        printf("Hello, %s\n", buf);
    }

(a) Explain what happens on the stack if name is 100 bytes long.
(b) Which value saved on the stack is most important to an attacker, and why?
(c) Describe how a stack canary, ASLR and a non-executable stack would each make exploitation harder.
(d) Rewrite the function so that it is safe.
~~~
cybersecurity|scenario
CISSP practice scenario

A regional hospital discovers on Monday morning that several file servers have had their files encrypted and a ransom note displayed. The IT manager immediately unplugs the affected servers from the network. The security team then reviews firewall and endpoint logs and finds that the malware entered through a phishing email opened by a member of the billing staff the previous Friday. Backups from Sunday night are available, but the team is unsure whether they are also infected. Management asks whether patient data has been exposed, and the legal department points out possible notification obligations under health privacy law.

1. Which incident response phase did the IT manager's action belong to?
   A. Preparation  B. Containment  C. Eradication  D. Lessons learned
2. Before restoring from the Sunday backups, what should the team do first?
   A. Restore them immediately to minimise downtime
   B. Verify the backups are free of the malware and identify how the attacker got in
   C. Pay the ransom
   D. Wipe all workstations in the hospital
3. Which US regulation is most relevant to the notification question?
   A. SOX  B. HIPAA  C. PCI DSS  D. FERPA
~~~
cybersecurity|logs
The following entries were taken from a web server's access log. Which attack is being attempted, and which request is most concerning?

203.0.113.45 - - [12/Mar/2024:10:14:02] "GET /products.php?id=12 HTTP/1.1" 200 5120
203.0.113.45 - - [12/Mar/2024:10:14:09] "GET /products.php?id=12' HTTP/1.1" 500 312
203.0.113.45 - - [12/Mar/2024:10:14:21] "GET /products.php?id=12 ORDER BY 5-- HTTP/1.1" 500 312
203.0.113.45 - - [12/Mar/2024:10:14:35] "GET /products.php?id=12 UNION SELECT username,password,3,4 FROM users-- HTTP/1.1" 200 6340

A. Cross-site scripting; the first request
B. SQL injection; the UNION SELECT request
C. Directory traversal; the ORDER BY request
D. Denial of service; all of them equally
Also explain what the HTTP 500 responses told the attacker and recommend two fixes.
~~~
cybersecurity|table
Security+ practice - quantitative risk analysis.

| Asset | Asset value | Threat | Exposure factor | ARO |
|---|---|---|---|---|
| Customer database | $400,000 | Ransomware | 50% | 0.2 |
| Web server | $30,000 | Hardware failure | 100% | 0.5 |
| Office laptops | $120,000 | Theft | 25% | 2 |

Calculate the SLE and ALE for each row. Which risk has the highest ALE? If a backup solution costing $25,000 per year would reduce the ransomware ARO to 0.05, is it cost-justified? Show your reasoning.
~~~
cybersecurity|long
Network security exam, long question.

An employee at a coffee shop connects to a Wi-Fi network called "CoffeeShop_Free". When she opens her online banking site, the browser shows a full-page warning that the certificate is not trusted because it was issued by an unknown authority. She clicks "proceed anyway", logs in, and later finds unauthorised transfers from her account. The bank's own certificate was valid at the time, and the bank's servers show no sign of compromise. Investigators later discover that a laptop in the shop was broadcasting the "CoffeeShop_Free" network name.

(a) Name the two attacks most likely combined here and explain how they worked together.
(b) Explain what the certificate warning meant in terms of the PKI chain of trust.
(c) How would HTTP Strict Transport Security (HSTS), if the browser had already seen it for the bank, have changed the outcome?
(d) Give two measures the user and two the bank could take to reduce this risk.
~~~
cybersecurity|fewshot
The following are multiple choice questions (with answers) about computer security.

Which attack tricks a logged-in user's browser into submitting an unwanted request to a trusted site?
(A) XSS (B) CSRF (C) SQL injection (D) clickjacking
Answer: (B)

Which cipher mode turns a block cipher into a stream cipher by encrypting a counter?
(A) ECB (B) CBC (C) CTR (D) CFB-8 with no IV
Answer: (C)

Which of the following is a hash function rather than an encryption algorithm?
(A) AES (B) RSA (C) SHA-256 (D) Blowfish
Answer:
~~~
cybersecurity|passage
Read the policy excerpt and answer the question.

"All confidential data stored on portable devices must be encrypted using an approved algorithm. Users must lock their workstation when leaving it unattended. Access to production systems is granted by the system owner on the basis of job role and is reviewed quarterly. Administrative accounts must use multi-factor authentication. Visitors must be escorted at all times within secure areas."

Which of the following controls described in the excerpt is a PHYSICAL control?
A. Encryption of portable devices
B. Quarterly access reviews
C. Escorting visitors in secure areas
D. Multi-factor authentication for administrators
Which access control model does the third sentence describe?
~~~
general|table
Physics lab. A trolley is released from rest on a slope and its position is recorded every 0.5 s.

t (s):  0.0   0.5   1.0   1.5   2.0
x (m):  0.00  0.10  0.40  0.90  1.60

(a) Show that the trolley's acceleration is constant and calculate it.
(b) What is the trolley's velocity at t = 2.0 s?
(c) Sketch the velocity-time graph and state what its gradient represents.
~~~
general|table
Economics: the table shows the demand and supply schedules for bus tickets in a small town.

Price ($)   Quantity demanded   Quantity supplied
1.00        900                 300
1.50        750                 450
2.00        600                 600
2.50        450                 750
3.00        300                 900

1. What are the equilibrium price and quantity?
2. The council sets a maximum fare of $1.50. What is the size of the resulting shortage?
3. Calculate the price elasticity of demand between $2.00 and $2.50 using the midpoint method.
A. $2.00 and 600; shortage of 300; about 1.29
B. $2.50 and 450; surplus of 300; about 0.5
C. $1.50 and 750; shortage of 150; about 1.0
D. $2.00 and 600; surplus of 300; about 2.0
~~~
general|passage
Read the extract from a speech and answer the questions.

"Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal. Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure."

1. Who delivered this speech, and in what year?
2. To which earlier document does the phrase "all men are created equal" refer?
3. What is meant by "testing whether that nation ... can long endure"?
(a) Abraham Lincoln, 1863; the Declaration of Independence
(b) George Washington, 1796; the Constitution
(c) Frederick Douglass, 1852; the Bill of Rights
(d) Abraham Lincoln, 1861; the Articles of Confederation
~~~
general|long
Contract law problem question.

On 1 March, Bella, a furniture maker, wrote to Carlos offering to sell him twelve oak dining chairs for $3,600, adding: "If I do not hear from you by 15 March, I will assume you accept." Carlos did not reply. On 10 March, Bella received a better offer from another buyer and posted a letter to Carlos withdrawing her offer. On 12 March, before Bella's letter arrived, Carlos posted a letter accepting the offer. Bella's letter reached Carlos on 13 March and his acceptance reached her on 14 March. Bella has since sold the chairs to the other buyer, and Carlos, who had already arranged a restaurant opening around the chairs, claims damages for breach of contract.

Advise Carlos. In your answer, consider (i) whether silence can amount to acceptance, (ii) when a revocation of an offer takes effect, (iii) when a postal acceptance takes effect, and (iv) what remedies might be available if a contract was formed. Refer to the relevant general principles of offer and acceptance.
~~~
general|vignette
NCLEX-style practice question.

A 68-year-old man is admitted with heart failure. He reports shortness of breath when lying flat and has gained 3 kg in four days. On assessment there are crackles in both lung bases and pitting oedema of both ankles. He is prescribed intravenous furosemide 40 mg twice daily and a 2 g sodium diet. His morning potassium is 3.2 mmol/L.

Which action should the nurse take first?
1. Administer the furosemide as scheduled and recheck potassium tomorrow.
2. Hold the furosemide and notify the prescriber of the potassium result.
3. Encourage the patient to drink 3 L of fluid today.
4. Place the patient flat in bed to reduce cardiac workload.
Explain why each of the other options is incorrect.
~~~
general|table
Statistics. A random sample of 8 students recorded hours of revision and exam score.

Hours:  2   4   5   6   8   9   10  12
Score:  52  58  61  66  70  74  79  85

(a) Calculate the correlation coefficient r (a calculator may be used).
(b) Find the least-squares regression line of score on hours.
(c) Predict the score of a student who revises for 7 hours, and comment on whether it would be sensible to use the line for a student who revises 30 hours.
~~~
general|table
Accounting. The following balances were extracted from the books of Green Leaf Ltd at 31 December.

Sales revenue              250,000
Cost of goods sold         140,000
Salaries expense            45,000
Rent expense                18,000
Depreciation expense         7,000
Interest expense             4,000
Income tax rate                25%

Prepare an income statement showing gross profit, operating profit and net profit after tax. What is the gross profit margin?
A) Gross profit 110,000; net profit 27,000; margin 44%
B) Gross profit 110,000; net profit 36,000; margin 44%
C) Gross profit 140,000; net profit 27,000; margin 56%
D) Gross profit 250,000; net profit 40,000; margin 100%
~~~
general|passage
Reading comprehension. Read the passage and answer the question.

The monarch butterfly's autumn migration has long puzzled observers. Individuals that have never made the journey fly up to 4,000 kilometres from Canada and the northern United States to a handful of mountain forests in central Mexico, arriving at the same groves their great-grandparents left the previous spring. Researchers have argued about how a navigator with a brain the size of a pinhead manages the feat, and the most widely accepted account combines a sun compass with an internal clock that corrects for the sun's movement across the sky.

Which of the following best states the main idea of the passage?
A. Monarch butterflies are endangered by deforestation in Mexico.
B. The monarch's long migration is remarkable, and scientists have proposed explanations for how it navigates.
C. Butterflies have larger brains than previously believed.
D. Migration is learned from older butterflies on the journey.
~~~
general|table
Computer networking. A router has the following routing table.

Destination        Next hop        Interface
10.1.0.0/16        direct          eth0
10.1.5.0/24        192.168.1.2     eth1
10.0.0.0/8         192.168.2.2     eth2
0.0.0.0/0          203.0.113.1     eth3

Using longest-prefix matching, through which interface will the router forward packets addressed to (a) 10.1.5.9, (b) 10.1.7.20, (c) 10.200.0.1 and (d) 8.8.8.8?
~~~
general|table
Operating systems. Four processes arrive at time 0 in the order P1, P2, P3, P4 with the following CPU burst times.

Process   Burst (ms)
P1        8
P2        4
P3        2
P4        6

(a) Draw Gantt charts for FCFS and for non-preemptive SJF scheduling.
(b) Calculate the average waiting time under each policy.
(c) Under round robin with a quantum of 3 ms, at what time does P3 finish?
~~~
general|table
Databases. Consider the table

Enrolment(StudentID, StudentName, CourseID, CourseTitle, Grade)

Sample rows:
101 | Ana   | CS50  | Intro to Programming | A
101 | Ana   | MA12  | Linear Algebra       | B
102 | Tariq | CS50  | Intro to Programming | B+

(a) Identify the candidate key and list the functional dependencies.
(b) Explain which anomalies (insertion, update, deletion) this design suffers from.
(c) Decompose the table into third normal form.
~~~
general|table
Machine learning. A spam filter was evaluated on 1,000 emails.

                   Predicted spam   Predicted not spam
Actually spam           85                  15
Actually not spam       45                 855

Which statement is correct?
A. Precision is about 0.65 and recall is 0.85.
B. Precision is 0.85 and recall is about 0.65.
C. Accuracy is 0.85.
D. The false positive rate is 0.15.
~~~
general|long
History essay question (25 marks).

"The Treaty of Versailles made a second European war inevitable." How far do you agree with this statement? In your answer you should consider the territorial, military and financial terms imposed on Germany in 1919, the reaction to the treaty inside Germany during the 1920s, the impact of the Great Depression on German politics and on the willingness of Britain and France to enforce the settlement, and the role of decisions taken by individual leaders in the late 1930s, including the policy of appeasement. You should reach a supported judgement about the relative importance of the treaty compared with later developments, and refer to specific events and dates throughout. Answers that simply describe the terms of the treaty without evaluating their consequences will not reach the higher mark bands.
~~~
general|table
Geography. Climate data for a city.

Month:        J   F   M   A   M   J   J   A   S   O   N   D
Temp (°C):   26  26  27  28  28  27  27  27  27  27  27  26
Rain (mm):  250 180 200 260 280 170 160 150 170 210 250 270

Which climate type do these figures most likely represent?
(A) Tropical rainforest
(B) Hot desert
(C) Mediterranean
(D) Tundra
Give two pieces of evidence from the data.
~~~
general|passage
Psychology. Read the description of the study and answer the questions.

Researchers recruited 80 university students and randomly assigned them to two groups. One group studied a list of 40 words for 20 minutes in a single session; the other studied the same list in four 5-minute sessions spread over two days. One week later, both groups were asked to recall as many words as possible. The spaced group recalled an average of 24 words and the massed group an average of 15.

1. Identify the independent and dependent variables.
2. Why was random assignment important?
3. Name the effect the results illustrate.
4. Suggest one limitation of generalising from this sample.
~~~
general|table
Astronomy. Data for four planets.

Planet    Distance from Sun (AU)   Orbital period (years)
Venus     0.72                     0.62
Earth     1.00                     1.00
Mars      1.52                     1.88
Jupiter   5.20                     ?

Using Kepler's third law, estimate Jupiter's orbital period.
a) About 11.9 years
b) About 5.2 years
c) About 27 years
d) About 140 years
~~~
general|fewshot
The following are multiple choice questions (with answers) about high school macroeconomics.

Which of the following is a leakage from the circular flow of income? (A) investment (B) exports (C) saving (D) government spending
Answer: C

An increase in the money supply, other things equal, tends to (A) raise interest rates (B) lower interest rates (C) reduce nominal GDP (D) appreciate the currency
Answer: B

Which of the following is a transfer payment? (A) a teacher's salary (B) unemployment benefits (C) purchase of a fighter jet (D) building a road
Answer: B

Which agency sets monetary policy in the United States? (A) the Treasury (B) Congress (C) the Federal Reserve (D) the IRS
Answer:
~~~
general|fewshot
Solve each word problem. Give the answer as a number.

Problem: A train travels 180 km in 2 hours 15 minutes. What is its average speed in km/h?
Answer: 80

Problem: A shop sells pens at 3 for $2. How much do 15 pens cost?
Answer: 10

Problem: The ratio of boys to girls in a class is 3 : 5. If there are 40 students, how many are girls?
Answer: 25

Problem: A rectangle's length is twice its width and its perimeter is 54 cm. What is its area in cm²?
Answer:
~~~
general|long
Philosophy, long-answer question.

In the "experience machine" thought experiment, Robert Nozick asks us to imagine a device that could give us any experiences we desired: writing a great novel, making a friend, reading an interesting book. While plugged in, we would believe these things were really happening. Nozick argues that most people would refuse to plug in for life, and concludes that something matters to us other than how our lives feel from the inside.

(a) Explain how the thought experiment is meant to challenge hedonism about well-being.
(b) Describe one objection a hedonist might raise, for example concerning status quo bias or distrust of the machine.
(c) Evaluate whether the thought experiment succeeds, giving reasons for your view. Your answer should be around 400 words and refer to at least one other theory of well-being, such as desire-satisfaction or objective-list theories.
~~~
general|vignette
Nutrition - case study.

Maria is a 45-year-old office worker with a BMI of 29 kg/m². Her fasting blood glucose is slightly elevated. A typical day: no breakfast; a large sandwich, crisps and a sugary soft drink at lunch; biscuits in the afternoon; pasta with cream sauce for dinner; two glasses of wine in the evening. She walks about 2,000 steps a day.

Which of the following recommendations should the dietitian prioritise?
A. Eliminate all carbohydrates immediately.
B. Replace sugary drinks with water, add a high-fibre breakfast, and build up daily walking.
C. Start a 500 kcal per day liquid diet without medical supervision.
D. Take a vitamin supplement and make no other changes.
Justify your choice and suggest one measurable goal for the next month.
~~~
general|code
Software engineering code reading question.

What does the following Python function return for f([3, 1, 4, 1, 5, 9, 2, 6])?

    def f(xs):
        best = xs[0]
        for x in xs[1:]:
            if x > best:
                best = x
        return best

A) 9
B) 3
C) 6
D) [9]
What is the time complexity of f, and what happens if xs is empty?
~~~
general|long
Earth science, extended response.

A geologist examines a road cut and records the following sequence from bottom to top: a layer of grey shale containing trilobite fossils; a layer of red sandstone with cross-bedding; a layer of limestone with fossil corals; an irregular, eroded surface; and a layer of conglomerate. A vertical dyke of basalt cuts through the shale, sandstone and limestone but stops at the eroded surface, and the conglomerate contains pebbles of basalt.

(a) Use the principles of superposition, cross-cutting relationships and inclusions to put the events in order from oldest to youngest.
(b) What does the eroded surface represent, and what does it tell you about the history of the area?
(c) What environments do the shale, the cross-bedded sandstone and the coral limestone suggest?
(d) Explain how radiometric dating of the basalt could be used to give an age range for the limestone.
"""

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

Q = tuple[str, str, list[str]]  # (subject, row code, fields)
KINDS = {
    "m": "mcq",
    "tf": "truefalse",
    "fb": "fill",
    "n": "numeric",
    "sa": "select-all",
    "o": "short",
}
OPT_STYLES = ["{L}. ", "{L}. ", "({L}) ", "{L}) ", "{l}. ", "{l}) ", "({l}) ", "{L}: ", "{n}. "]
MCQ_HEADS = [
    *[""] * 7,
    "Question {n}",
    "Question {n}:",
    "Q:",
    "Q{n}.",
    "{n}.",
    "#{n}",
    "Subject: {Subj}",
    "{Subj}",
    "[{Subj}]",
    "Topic: {subj}",
    "The following is a multiple choice question about {subj}.",
    "The following are multiple choice questions about {subj}.",
    "The following is a multiple choice question about {subj}. Answer with the letter only.",
    "Answer the following {subj} question.",
    "{Subj} practice exam - item {n}",
    "Choose the single best answer.",
    "Read the question carefully and select the best option.",
    "Section {part}, question {n} ({m} marks)",
    "Practice test {qz}, question {n} of 50",
    "Unit {qz} quiz ({subj})",
]
MCQ_TAILS = [
    *[""] * 6,
    "Answer:",
    "Answer:",
    "Answer with the letter only.",
    "Explain your reasoning.",
    "Respond with only the letter of the correct option.",
    "Answer: Let's think step by step.",
    "Give the answer and a one-sentence justification.",
    "Correct answer: ____",
    "Which one, and why?",
    "Please explain why each of the other options is wrong.",
]
INTROS = [
    "Can you help me with this question from my {subj} practice test?",
    "I chose {w} for this one - is that right?",
    "Stuck on this one from the review sheet:",
    "quiz tomorrow, can someone explain this one",
    "What's the answer here and why?",
    "From last year's exam paper:",
    "Check my reasoning on this {subj} question please:",
]
TF_HEADS = [
    "True or false: {s}",
    "T/F: {s}",
    "True or False? {s}",
    "{s} (True/False)",
    "{s}\nTrue or false? Explain your reasoning.",
    "Decide whether the statement is true or false. If it is false, correct it.\n{s}",
    "Statement: {s}\nA. True\nB. False",
    "{s}\n(A) True  (B) False\nAnswer:",
    "Q{n}. True or false - {s}",
    'Is this statement true or false? "{s}"',
]
FILL_HEADS = [
    "Fill in the blank: {s}",
    "Complete the sentence: {s}",
    "{s}",
    "Fill in the blank. {s}\nAnswer:",
    "Q{n}. {s}",
    "Supply the missing word(s): {s}",
    "{Subj} - fill in the blank\n{s}",
]
NUM_HEADS = [
    "{s}",
    "{s}",
    "Problem {n}. {s}",
    "{s} Show your work.",
    "{s} Give your answer to three significant figures.",
    "Numerical response: {s}",
    "{s}\nAnswer: ________",
    "{n}) {s} ({m} marks)",
    "Calculate: {s}",
    "{Subj} problem: {s}",
    "{s} Explain each step.",
]
OPEN_HEADS = [
    "{s}",
    "{s}",
    "Short answer: {s}",
    "Q{n}. {s}",
    "{s} ({m} marks)",
    "{s} Answer in two or three sentences.",
    "Exam question ({subj}): {s}",
    "Essay prompt: {s}",
    "Study guide - {Subj}\n{s}",
    "Question {n}\n{s}",
]
SA_INSTR = [
    "Select all that apply.",
    "(Select all that apply.)",
    "Choose ALL correct answers.",
    "More than one answer may be correct.",
]
SET_HEADS = [
    "{Subj} - homework {qz}",
    "Problem set {qz} ({subj})",
    "Answer ALL questions.",
    "Review questions, chapter {qz}",
    "Quiz {qz}. Answer each question briefly.",
    "Practice questions for the {subj} exam:",
    "Here are a few questions from my practice exam - can you give worked answers?",
    "Section {part} - short questions ({m} marks each)",
]
TF_GROUP_HEADS = [
    "Mark each statement true (T) or false (F).",
    "True/False ({m} points each)",
    "Part {part}: true or false? Correct any false statements.",
    "Which of these statements are true?",
]
FEW_HEADS = [
    "The following are multiple choice questions (with answers) about {subj}.",
    "The following are multiple choice questions (with answers) about {subj}.",
    "Here are some example {subj} questions with answers. Answer the last one in the same format.",
    "{Subj} practice - the first questions are solved for you.",
    "Examples:",
    "",
]
STYLE = ExamStyle(
    numbers=(
        ("n", upto(1, 60)),
        ("m", one_of([2, 2, 3, 4, 5, 6, 8, 10])),
        ("qz", upto(1, 12)),
        ("part", one_of("ABCD")),
    ),
    opt_styles=OPT_STYLES,
    layout=Layout(lines=0.65, inline=0.87, sep="  ", indent="   "),
    mcq_heads=MCQ_HEADS,
    mcq_tails=MCQ_TAILS,
    intros=INTROS,
    heads={"tf": TF_HEADS, "fb": FILL_HEADS, "n": NUM_HEADS, "o": OPEN_HEADS},
    sa_instr=SA_INSTR,
    sa_tails=("", "", "Answer:", "List the letters of all correct options."),
    few_heads=FEW_HEADS,
    few_styles=[s for s in OPT_STYLES if ":" not in s],
    pick_strip=" .:",
    answer_strip="().:",
    none_odds=0.06,
    question_odds=0.12,
    gap_odds=0.3,
    bank_odds=0.25,
)


# ---------------------------------------------------------------------------------------------
# Building the items
# ---------------------------------------------------------------------------------------------

# label -> (data blocks, few-shot prompts, problem sets, true/false groups)
PLAN = {
    B: ([BIO], 10, 6, 2),
    C: ([CHEM], 18, 10, 2),
    S: ([CYBER], 10, 6, 2),
    G: ([GEN_SCIENCE, GEN_SOCIAL, GEN_COMPUTING], 45, 40, 6),
}


def label_items(rng: random.Random, label: str) -> list[Item]:
    blocks, n_few, n_sets, n_tf = PLAN[label]
    qs = [q for b in blocks for q in parse_rows(b, FIELDS)]
    bank = [f[1] for _, code, f in qs if code == "fb"]
    out = [
        item(STYLE.render(rng, subject(q[0]), q[1:], bank), label, "mcqb-" + KINDS[q[1]])
        for q in qs
    ]
    by_subj: dict[str, list[Q]] = {}
    for q in qs:
        by_subj.setdefault(q[0], []).append(q)
    few_subjects = sorted(s for s, v in by_subj.items() if sum(q[1] == "m" for q in v) >= 4)
    for _ in range(n_few):
        subj = rng.choice(few_subjects)
        pool = [q[1:] for q in by_subj[subj] if q[1] in ("m", "tf", "n")]
        if rng.random() < 0.7:
            pool = [q for q in pool if q[0] == "m"]
        out.append(item(STYLE.fewshot(rng, subject(subj), pool), label, "mcqb-fewshot"))
    for _ in range(n_sets):
        subj = rng.choice(sorted(by_subj))
        picks = rng.sample(by_subj[subj], min(len(by_subj[subj]), rng.randint(2, 4)))
        head = STYLE.fill(rng, rng.choice(SET_HEADS), subject(subj))
        text = STYLE.problem_set(rng, head, [q[1:] for q in picks])
        out.append(item(text, label, "mcqb-set"))
    tfs = [q for q in qs if q[1] == "tf"]
    for _ in range(n_tf):
        picks = rng.sample(tfs, rng.randint(3, 5))
        head = STYLE.fill(rng, rng.choice(TF_GROUP_HEADS), subject(picks[0][0]))
        text = STYLE.numbered(rng, head, [q[2][0] for q in picks])
        out.append(item(text, label, "mcqb-tf-group"))
    return out


def long_items() -> list[Item]:
    out: list[Item] = []
    for rec in chunks(LONG):
        first, text = rec.split("\n", 1)
        label, kind = first.split("|")
        out.append(item(text.strip(), label, "mcqb-" + kind))
    return out


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main() -> None:
    out = output_path(__doc__, OUT)
    rng = random.Random(SEED)
    items = [it for label in PLAN for it in label_items(rng, label)] + long_items()
    for it in items:
        it["text"] = maybe_typo(rng, it["text"], TYPO_ODDS)
    finish_batch(items, OUT, out, check=lambda it: "\n\n\n" not in it["text"])
    print("validated OK")


if __name__ == "__main__":
    main()
