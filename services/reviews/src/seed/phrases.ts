/**
 * The phrases the seed reviews are made of (used only by generate.ts): short, the way Indian shoppers
 * write them, different for each category and for happy, mixed and unhappy buyers.
 */

export type Mood = 'happy' | 'mixed' | 'unhappy';

export interface Phrases {
  titles: Record<Mood, readonly string[]>;
  /** First sentence of a body: about the product itself. */
  openers: Record<Mood, readonly string[]>;
}

export const categoryPhrases: Record<string, Phrases> = {
  electronics: {
    titles: {
      happy: ['Works like a charm', 'Best in this price range', 'Premium build quality', 'Excellent gadget'],
      mixed: ['Good but app is buggy', 'Decent, not great', 'Does the job'],
      unhappy: ['Stopped working in a month', 'Keeps disconnecting', 'Not worth the hype'],
    },
    openers: {
      happy: [
        'Set up in five minutes and it has worked flawlessly since.',
        'Build quality feels premium and the finish is very neat.',
        'Using it daily for a month now, performs exactly as described.',
        'Much better than the one I had from a bigger brand.',
      ],
      mixed: [
        'Hardware is good for the price but the companion app crashes often.',
        'Works fine, though it gets warm after long use.',
        'Does what it says, but the manual is not very helpful.',
      ],
      unhappy: [
        'Connection drops every few minutes, very irritating.',
        'Stopped working within weeks, raised a replacement request.',
        'Performance is nowhere close to what the listing claims.',
      ],
    },
  },
  mobiles: {
    titles: {
      happy: ['Value for money', 'Smooth performance', 'Great for parents', 'Exactly as described'],
      mixed: ['Good, heats up a bit', 'Average, not bad', 'Too much bloatware'],
      unhappy: ['Battery drains fast', 'Quality is poor', 'Disappointed'],
    },
    openers: {
      happy: [
        'Scrolling is butter smooth and there is no lag at all.',
        'Bought it for my father, he finds it very simple to use.',
        'Fits my phone perfectly and feels sturdy in hand.',
        'Charging is quick and it easily lasts a full day of WhatsApp and YouTube.',
      ],
      mixed: [
        'Works well but gets warm during long video calls.',
        'Decent quality, though the finish attracts fingerprints.',
        'Too many preinstalled apps, had to spend an hour removing them.',
      ],
      unhappy: [
        'Battery backup is poor, needs charging twice a day.',
        'Stopped charging properly within a month.',
        'Quality is not what the pictures show.',
      ],
    },
  },
  computers: {
    titles: {
      happy: ['Perfect for work from home', 'Fast and reliable', 'Great for college', 'Solid build quality'],
      mixed: ['Good, could be better', 'A bit noisy', 'Average for the price'],
      unhappy: ['Stopped working', 'Driver issues', 'Very slow'],
    },
    openers: {
      happy: [
        'Plug and play, worked with my office laptop without any drivers.',
        'Handles Excel, Teams and Chrome with many tabs easily.',
        'My son uses it for college projects and coding, no complaints so far.',
        'Solid build and it looks very neat on my work desk.',
      ],
      mixed: [
        'Performance is good but it is noisier than I expected.',
        'Works fine, though setup took longer than it should.',
        'Okay for daily office work, not for anything heavy.',
      ],
      unhappy: [
        'Started giving problems within two weeks of use.',
        'Windows keeps failing to detect it, tried three different ports.',
        'Far slower than what the listing promises.',
      ],
    },
  },
  'home-kitchen': {
    titles: {
      happy: [
        'Makes daily work easy',
        'Sturdy and well made',
        'Perfect for Indian homes',
        'Excellent purchase',
      ],
      mixed: ['Good but small', 'Okay product', 'Works well, bit noisy'],
      unhappy: ['Poor quality material', 'Stopped working soon', 'Not as shown'],
    },
    openers: {
      happy: [
        'Using it every day in our kitchen and it is holding up very well.',
        'Quality is much better than what we get in the local market.',
        'My mother loves it, says it saves her a lot of time.',
        'Looks elegant and cleaning it is very easy.',
      ],
      mixed: [
        'Does the job but the size is enough only for two people.',
        'Good quality, though it is a little heavier than expected.',
        'Works fine, finishing could have been better at this price.',
      ],
      unhappy: [
        'Quality dropped after a few washes and uses.',
        'Stopped working properly within a month.',
        'Material feels cheap, nothing like the photos.',
      ],
    },
  },
  furniture: {
    titles: {
      happy: ['Looks premium', 'Very comfortable', 'Easy assembly', 'Worth every rupee'],
      mixed: ['Good but colour differs', 'Assembly was tough', 'Decent for the price'],
      unhappy: ['Wobbly after a month', 'Damaged on delivery', 'Sags quickly'],
    },
    openers: {
      happy: [
        'Finish is beautiful and it looks even better than in the pictures.',
        'Firm yet comfortable, we use it for hours every day.',
        'Assembly took under an hour with the tools in the box.',
        'Solid feel, fits perfectly in our 2BHK.',
      ],
      mixed: [
        'Good quality, but the shade is a little darker than shown.',
        'Instructions were confusing, took two of us an afternoon to assemble.',
        'Okay for the price, the fabric attracts dust easily.',
      ],
      unhappy: [
        'Joints became loose and it wobbles within a month.',
        'Arrived with a crack, the replacement took very long.',
        'Has already lost its shape.',
      ],
    },
  },
  'fashion-men': {
    titles: {
      happy: ['Perfect fit', 'Looks classy', 'Very good quality', 'Elegant and comfortable'],
      mixed: ['Size runs small', 'Colour slightly different', 'Good but creases'],
      unhappy: ['Colour faded', 'Stitching came off', 'Poor quality'],
    },
    openers: {
      happy: [
        'Fits true to size and feels comfortable the whole day at office.',
        'Wore it to my cousin’s wedding and got many compliments.',
        'The finishing and stitching quality is very good.',
        'Looks much more expensive than what I paid.',
      ],
      mixed: [
        'Order one size bigger, it is a little tight.',
        'Colour is a shade lighter than the photo but still looks nice.',
        'Good material, though it creases very easily.',
      ],
      unhappy: [
        'Colour bled in the first wash itself.',
        'Started coming apart at the seams within a week.',
        'Feels cheap and rough, not as described.',
      ],
    },
  },
  'fashion-women': {
    titles: {
      happy: ['Absolutely gorgeous', 'Loved it', 'Perfect for festive season', 'Beautiful work'],
      mixed: ['Pretty but thin fabric', 'Nice, colour a bit off', 'Okay for the price'],
      unhappy: ['Not as shown in picture', 'Looks cheap', 'Fitting is very poor'],
    },
    openers: {
      happy: [
        'The work is rich and it looks beautiful in person.',
        'Wore it for Diwali puja and everyone asked where I bought it.',
        'Soft and light, very comfortable for long functions.',
        'Colours are vibrant and exactly as shown in the photos.',
      ],
      mixed: [
        'Looks pretty but the fabric is thinner than I expected.',
        'Nice design, but the colour is a little dull in person.',
        'Good for occasional use, finishing could be neater.',
      ],
      unhappy: [
        'What arrived looks nothing like the picture.',
        'The shine looks artificial and cheap.',
        'Fitting is uneven, had to return it.',
      ],
    },
  },
  footwear: {
    titles: {
      happy: ['Very comfortable', 'Great grip', 'Light and stylish', 'Perfect fit'],
      mixed: ['Comfortable, sole is hard', 'Runs half size small', 'Good but not durable'],
      unhappy: ['Sole came off', 'Bites the ankle', 'Not for wide feet'],
    },
    openers: {
      happy: [
        'Walking 5 km daily in these and my feet feel great.',
        'Grip is excellent, no slipping even on wet floors.',
        'Very light and the cushioning is soft for long days.',
        'Fits perfectly and looks smart with everything I wear.',
      ],
      mixed: [
        'Comfortable upper but the sole feels hard on long walks.',
        'Order half a size up, my usual size was slightly tight.',
        'Looks good but the sole has worn out quickly on our roads.',
      ],
      unhappy: [
        'The sole started coming apart within a month.',
        'The back edge bites my ankle even after a week of use.',
        'Very narrow, painful if you have broad feet.',
      ],
    },
  },
  beauty: {
    titles: {
      happy: ['Visible results', 'Gentle and effective', 'Part of my daily routine', 'Lovely product'],
      mixed: ['Okay for the price', 'Fragrance is strong', 'Small quantity'],
      unhappy: ['Did not suit me', 'No visible results', 'Not worth it'],
    },
    openers: {
      happy: [
        'Using it for three weeks and I can already see the difference.',
        'Very gentle, my sensitive skin did not react even once.',
        'Easy to use and the results last the whole day.',
        'My wife and I both use it now, very happy with it.',
      ],
      mixed: [
        'Works fine but feels a bit heavy in this humid weather.',
        'The fragrance is too strong for my liking.',
        'Good product but it finishes too fast for the price.',
      ],
      unhappy: [
        'Got a reaction after three days of use, had to stop.',
        'Leaves a sticky feel that attracts dust in Delhi weather.',
        'Used it for a month, could not see any difference.',
      ],
    },
  },
  'sports-outdoors': {
    titles: {
      happy: ['Excellent for weekend games', 'Sturdy and reliable', 'Good quality gear', 'Great for fitness'],
      mixed: ['Decent for beginners', 'Good but heavy', 'Average quality'],
      unhappy: ['Broke after few sessions', 'Not as described', 'Poor quality'],
    },
    openers: {
      happy: [
        'Using it for our Sunday society games, holding up very well.',
        'Well made and comfortable to use for long sessions.',
        'Good quality for the price, my son is very happy with it.',
        'Helped me stay regular with my morning workouts.',
      ],
      mixed: [
        'Fine for beginners, serious players may want something better.',
        'Quality is good but it is heavier than expected.',
        'Does the job, though the finishing is rough in places.',
      ],
      unhappy: [
        'Developed a crack after just four or five sessions.',
        'Size and weight do not match what the listing says.',
        'Gave way in the first week itself.',
      ],
    },
  },
  books: {
    titles: {
      happy: ['Could not put it down', 'Beautifully written', 'A must read', 'Lovely gift'],
      mixed: ['Slow in the middle', 'Good story, weak ending', 'Decent one-time read'],
      unhappy: ['Very disappointing', 'Print quality is poor', 'Overhyped'],
    },
    openers: {
      happy: [
        'Finished it in two sittings, the characters stay with you.',
        'The writing is lyrical and the setting feels so familiar.',
        'Gifted it to my sister and she loved every page.',
        'A gripping read, I did not see the twist coming.',
      ],
      mixed: [
        'Starts strong but drags quite a bit in the middle.',
        'Enjoyed it, though the ending felt rushed.',
        'Nice for a train journey, not very memorable.',
      ],
      unhappy: [
        'Could not connect with the characters at all.',
        'Pages were misprinted and the binding is weak.',
        'Expected much more after all the reviews.',
      ],
    },
  },
  'toys-games': {
    titles: {
      happy: ['Kids love it', 'Hours of fun', 'Great for family time', 'Educational and fun'],
      mixed: ['Fun but pieces are small', 'Good, instructions unclear', 'Okay for the price'],
      unhappy: ['Pieces missing', 'Breaks easily', 'Not for the age mentioned'],
    },
    openers: {
      happy: [
        'My 8 year old spent the whole weekend with it, very engaging.',
        'We play with it every Sunday with the cousins, everyone enjoys it.',
        'Good quality pieces that fit together firmly.',
        'Teaches a lot while the kids think they are just playing.',
      ],
      mixed: [
        'Kids enjoy it but the small pieces get lost easily.',
        'Fun once set up, the instructions could be clearer.',
        'Decent toy, packaging could have been better.',
      ],
      unhappy: [
        'A few pieces were missing from the box.',
        'Plastic is thin and one part broke on the first day.',
        'Too complicated for the age group written on the box.',
      ],
    },
  },
};

/** Second sentence of a body: delivery, packaging and value, the same across categories. */
export const closers: Record<Mood, readonly string[]> = {
  happy: [
    'Delivered two days before the promised date.',
    'Packaging was neat and secure.',
    'Totally value for money, go for it.',
    'Highly recommended.',
    'Will definitely buy again from this seller.',
    'Worth every rupee.',
  ],
  mixed: [
    'Delivery was on time though.',
    'Overall okay for the price.',
    'Could be better at this price point.',
    'Would think twice before buying again.',
  ],
  unhappy: [
    'Return process was slow.',
    'Not recommended.',
    'Expected better quality from this brand.',
    'Waste of money.',
  ],
};
